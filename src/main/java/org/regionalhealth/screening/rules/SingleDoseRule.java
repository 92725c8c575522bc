package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * The single dose of each line against the label. Above the single-dose ceiling (药典极量“一次”, or the label's 单次最大量)
 * T4: it must be changed. Above the usual maximum single dose T2: 《处方管理办法》第六条 asks for the reason and a second
 * signature. A child's dose per kg above the label's per-kg single dose (or, for a child, above the paediatric or adult
 * single-dose maximum) T3. Below the labelled minimum (per dose or per kg) T1. A one-off (st) is checked against the
 * ceiling only, since loading doses exceed the usual dose.
 */
public final class SingleDoseRule extends AbstractRule {

    public SingleDoseRule() {
        super(RuleMetadata.of(
                "DOSE_SINGLE",
                "1",
                Tier.T2,
                "单次剂量超过说明书常用最大量或极量、儿童按体重超量、低于常用最小量",
                "《处方管理办法》第六条（超剂量须注明原因并再次签名）；《医疗机构处方审核规范》适宜性审核第3项；《中华人民共和国药典》2020年版极量；药品说明书"));
    }

    @Override
    public Set<String> knowledgeFields() {
        return Set.of(
                "generics.dose.unit",
                "generics.dose.range.perDoseMin",
                "generics.dose.range.perDoseMax",
                "generics.dose.range.absoluteMaxPerDose",
                "generics.dose.range.perKgPerDoseMin",
                "generics.dose.range.perKgPerDoseMax",
                "generics.dose.range.minAgeYears",
                "generics.forms.strengths");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Double age = context.ageYears();
        Double weight = context.patient().weightKg();
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.dose() == null || Routes.isLocal(line.route())) {
                continue;
            }
            String unit = g.dose().unit();
            Double single = line.singleDoseIn(unit);
            if (single == null) {
                continue;
            }
            DoseRange adult = g.dose().adultFor(line.route()).orElse(null);
            boolean child = DoseRanges.isChild(g, adult, age);
            DoseRange range = DoseRanges.forPatient(g, line.route(), age);
            if (range == null) {
                continue;
            }
            boolean once = Frequencies.isSingle(line.line().frequency());
            String dose = Units.format(single) + unit;
            List<String> evidence = new ArrayList<>();
            evidence.add("单次剂量=" + dose);
            if (child && range == g.dose().paediatric()) {
                checkChild(findings, g, line, range, adult, single, weight, once, evidence);
            } else {
                checkAdult(findings, g, line, range, single, weight, once, child, evidence);
            }
        }
    }

    private void checkAdult(
            FindingSink findings,
            Generic g,
            ResolvedLine line,
            DoseRange range,
            double single,
            Double weight,
            boolean once,
            boolean child,
            List<String> evidence) {
        String unit = g.dose().unit();
        String who = child ? "（儿童无单独用量，按成人量核对）" : "";
        if (range.absoluteMaxPerDose() != null && over(single, range.absoluteMaxPerDose())) {
            report(
                    findings,
                    Tier.T4,
                    g,
                    line,
                    "单次剂量" + Units.format(single) + unit + "超过极量（一次）" + Units.format(range.absoluteMaxPerDose()) + unit
                            + who,
                    evidence,
                    "极量（一次）=" + Units.format(range.absoluteMaxPerDose()) + unit);
            return;
        }
        if (once) {
            return;
        }
        if (range.perDoseMax() != null && over(single, range.perDoseMax())) {
            report(
                    findings,
                    child ? Tier.T3 : Tier.T2,
                    g,
                    line,
                    "单次剂量" + Units.format(single) + unit + "超过说明书常用最大量"
                            + Units.format(range.perDoseMax()) + unit + who
                            + (child ? "" : "，确需超量应注明原因并再次签名"),
                    evidence,
                    "常用单次最大量=" + Units.format(range.perDoseMax()) + unit);
            return;
        }
        if (weight != null
                && weight > 0
                && range.perKgPerDoseMax() != null
                && over(single, range.perKgPerDoseMax() * weight)) {
            double limit = range.perKgPerDoseMax() * weight;
            report(
                    findings,
                    Tier.T2,
                    g,
                    line,
                    "单次剂量" + Units.format(single) + unit + "超过按体重计算的单次最大量" + Units.format(round(limit)) + unit,
                    evidence,
                    "单次上限=" + Units.format(range.perKgPerDoseMax()) + unit + "/kg×" + Units.format(weight) + "kg");
            return;
        }
        if (!child && range.perDoseMin() != null && under(single, range.perDoseMin())) {
            report(
                    findings,
                    Tier.T1,
                    g,
                    line,
                    "单次剂量" + Units.format(single) + unit + "低于说明书常用最小量" + Units.format(range.perDoseMin()) + unit,
                    evidence,
                    "常用单次最小量=" + Units.format(range.perDoseMin()) + unit);
        }
    }

    private void checkChild(
            FindingSink findings,
            Generic g,
            ResolvedLine line,
            DoseRange paediatric,
            DoseRange adult,
            double single,
            Double weight,
            boolean once,
            List<String> evidence) {
        String unit = g.dose().unit();
        Double adultCeiling = adult == null ? null : adult.absoluteMaxPerDose();
        if (adultCeiling != null && over(single, adultCeiling)) {
            report(
                    findings,
                    Tier.T4,
                    g,
                    line,
                    "儿童单次剂量" + Units.format(single) + unit + "超过成人极量（一次）" + Units.format(adultCeiling) + unit,
                    evidence,
                    "成人极量（一次）=" + Units.format(adultCeiling) + unit);
            return;
        }
        if (once) {
            return;
        }
        boolean weighed = weight != null && weight > 0;
        if (weighed && paediatric.perKgPerDoseMax() != null && over(single, paediatric.perKgPerDoseMax() * weight)) {
            double limit = paediatric.perKgPerDoseMax() * weight;
            report(
                    findings,
                    Tier.T3,
                    g,
                    line,
                    "儿童单次剂量" + Units.format(single) + unit + "超过按体重计算的单次最大量" + Units.format(round(limit)) + unit,
                    evidence,
                    "儿童单次上限=" + Units.format(paediatric.perKgPerDoseMax()) + unit + "/kg×" + Units.format(weight)
                            + "kg");
            return;
        }
        Double cap = paediatric.perDoseMax();
        String capBasis = "儿童单次最大量";
        if (cap == null && adult != null && (!weighed || paediatric.perKgPerDoseMax() == null)) {
            cap = adult.perDoseMax();
            capBasis = weighed ? "成人单次最大量" : "未记录体重，按成人单次最大量";
        }
        if (cap != null && over(single, cap)) {
            report(
                    findings,
                    Tier.T3,
                    g,
                    line,
                    "儿童单次剂量" + Units.format(single) + unit + "超过" + capBasis + Units.format(cap) + unit,
                    evidence,
                    capBasis + "=" + Units.format(cap) + unit);
            return;
        }
        if (weighed && paediatric.perKgPerDoseMin() != null && under(single, paediatric.perKgPerDoseMin() * weight)) {
            double limit = paediatric.perKgPerDoseMin() * weight;
            report(
                    findings,
                    Tier.T1,
                    g,
                    line,
                    "儿童单次剂量" + Units.format(single) + unit + "低于按体重计算的单次最小量" + Units.format(round(limit)) + unit,
                    evidence,
                    "儿童单次下限=" + Units.format(paediatric.perKgPerDoseMin()) + unit + "/kg×" + Units.format(weight)
                            + "kg");
        } else if (paediatric.perDoseMin() != null && under(single, paediatric.perDoseMin())) {
            report(
                    findings,
                    Tier.T1,
                    g,
                    line,
                    "儿童单次剂量" + Units.format(single) + unit + "低于说明书儿童常用最小量" + Units.format(paediatric.perDoseMin())
                            + unit,
                    evidence,
                    "儿童单次最小量=" + Units.format(paediatric.perDoseMin()) + unit);
        }
    }

    private void report(
            FindingSink findings,
            Tier tier,
            Generic g,
            ResolvedLine line,
            String message,
            List<String> evidence,
            String limit) {
        List<String> ev = new ArrayList<>(evidence);
        ev.add(limit);
        findings.report(this, tier, line.label() + "：" + message, drugs(line), ev, g.source());
    }

    static boolean over(double value, double limit) {
        return value > limit * 1.0001;
    }

    static boolean under(double value, double limit) {
        return value < limit * 0.9999;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
