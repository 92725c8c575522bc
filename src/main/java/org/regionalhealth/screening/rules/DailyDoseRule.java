package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * Daily amount of each ingredient summed over all lines (a patent medicine's paracetamol counts with paracetamol
 * tablets; a prn line counts at the label's most frequent schedule) against the label: above the label's ceiling
 * (极量/最大剂量, or the usual maximum where no ceiling is stated) T3; above the usual maximum but within the ceiling T1;
 * above the adult per-kg daily maximum when the weight is known T3; below the usual daily minimum T1. Children (dosed as
 * children, {@link DoseRanges}): the per-kg daily maximum times the weight and the paediatric daily maximum; without a
 * weight (or without a paediatric daily figure) the paediatric daily maximum or else the adult ceiling, never nothing
 * (《处方管理办法》第六条: 剂量按说明书, 超剂量须注明原因并再次签名; 《医疗机构处方审核规范》适宜性第3项).
 */
public final class DailyDoseRule extends AbstractRule {

    public DailyDoseRule() {
        super(RuleMetadata.of(
                "DOSE_DAILY_MAX",
                "2",
                Tier.T3,
                "同一成分全部处方行合计日剂量超过说明书最大日剂量（儿童按体重，无体重按年龄段或成人上限；prn按说明书最高频次计）",
                "《处方管理办法》第六条；《医疗机构处方审核规范》适宜性审核第3项；药品说明书"));
    }

    private record Contribution(ResolvedLine line, double amount) {}

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of(
                "generics.dose.unit",
                "generics.dose.range.perDayMin",
                "generics.dose.range.perDayMax",
                "generics.dose.range.absoluteMaxPerDay",
                "generics.dose.range.perKgPerDayMin",
                "generics.dose.range.perKgPerDayMax",
                "generics.dose.range.frequencies",
                "generics.ingredients.drug",
                "generics.ingredients.amount",
                "generics.ingredients.unit",
                "patent-medicines.westernIngredients.drug",
                "patent-medicines.westernIngredients.amount",
                "patent-medicines.westernIngredients.unit",
                "patent-medicines.usualDose.perDose",
                "patent-medicines.usualDose.perDay",
                "patent-medicines.usualDose.unit");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Map<String, List<Contribution>> byGeneric = new LinkedHashMap<>();
        for (ResolvedLine line : context.lines()) {
            for (ResolvedLine.Component c : line.components()) {
                Generic g = context.kb().generic(c.genericId()).orElse(null);
                if (g == null || g.dose() == null || c.dailyAmount() == null) {
                    continue;
                }
                Double amount =
                        Units.convert(c.dailyAmount(), c.unit(), g.dose().unit());
                if (amount != null) {
                    byGeneric.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(new Contribution(line, amount));
                }
            }
        }
        Double age = context.ageYears();
        for (Map.Entry<String, List<Contribution>> e : byGeneric.entrySet()) {
            Generic g = context.kb().generic(e.getKey()).orElseThrow();
            List<Contribution> parts = e.getValue();
            double total = parts.stream().mapToDouble(Contribution::amount).sum();
            String unit = g.dose().unit();
            List<String> labels = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (Contribution p : parts) {
                labels.add(p.line().label());
                evidence.add(p.line().label() + "=" + Units.format(p.amount()) + unit + "/日"
                        + (p.line().asNeeded() ? "（必要时，按说明书最高频次计）" : ""));
            }
            evidence.add("合计=" + Units.format(total) + unit + "/日");
            DoseRange adult = range(g, parts);
            if (DoseRanges.isChild(g, adult, age) && g.dose().paediatric() != null) {
                checkChild(context, findings, g, g.dose().paediatric(), adult, total, labels, evidence);
            } else {
                checkAdult(
                        findings,
                        g,
                        adult,
                        total,
                        labels,
                        evidence,
                        context.patient().weightKg(),
                        age);
            }
        }
    }

    private static DoseRange range(Generic g, List<Contribution> parts) {
        String route = parts.get(0).line().route();
        for (Contribution p : parts) {
            if (route == null || !route.equals(p.line().route())) {
                return g.dose().adult();
            }
        }
        return g.dose().adultFor(route).orElse(null);
    }

    private void checkAdult(
            FindingSink findings,
            Generic g,
            DoseRange range,
            double total,
            List<String> labels,
            List<String> evidence,
            Double weight,
            Double age) {
        if (range == null) {
            return;
        }
        String unit = g.dose().unit();
        boolean child = age != null && age < 18 && (range.minAgeYears() == null || age < range.minAgeYears());
        if (weight != null
                && weight > 0
                && range.perKgPerDayMax() != null
                && total > range.perKgPerDayMax() * weight * 1.0001
                && (range.ceilingPerDay() == null || range.perKgPerDayMax() * weight < range.ceilingPerDay())) {
            double limit = range.perKgPerDayMax() * weight;
            List<String> ev = new ArrayList<>(evidence);
            ev.add("日剂量上限=" + Units.format(range.perKgPerDayMax()) + unit + "/kg/日×" + Units.format(weight) + "kg="
                    + Units.format(SingleDoseRule.round(limit)) + unit);
            findings.report(
                    this,
                    Tier.T3,
                    g.nameZh() + "每日合计" + Units.format(total) + unit + "，超过按体重计算的最大日剂量"
                            + Units.format(SingleDoseRule.round(limit)) + unit,
                    labels,
                    ev,
                    g.source());
            return;
        }
        if (range.ceilingPerDay() == null) {
            lowDose(findings, g, range.perDayMin(), null, total, labels, evidence, child);
            return;
        }
        double ceiling = range.ceilingPerDay();
        if (total > ceiling * 1.0001) {
            List<String> ev = new ArrayList<>(evidence);
            ev.add((range.absoluteMaxPerDay() != null ? "说明书最大日剂量=" : "说明书日剂量上限=") + Units.format(ceiling) + unit);
            findings.report(
                    this,
                    Tier.T3,
                    g.nameZh() + "每日合计" + Units.format(total) + unit + "，超过说明书成人最大日剂量" + Units.format(ceiling) + unit
                            + (child ? "（儿童无单独用量，按成人上限核对）" : ""),
                    labels,
                    ev,
                    g.source());
        } else if (range.absoluteMaxPerDay() != null
                && range.perDayMax() != null
                && total > range.perDayMax() * 1.0001) {
            List<String> ev = new ArrayList<>(evidence);
            ev.add("常用日剂量上限=" + Units.format(range.perDayMax()) + unit);
            findings.report(
                    this,
                    Tier.T1,
                    g.nameZh() + "每日合计" + Units.format(total) + unit + "，超过常用日剂量上限" + Units.format(range.perDayMax())
                            + unit + "（未超过最大日剂量）",
                    labels,
                    ev,
                    g.source());
        } else if (!child) {
            lowDose(findings, g, range.perDayMin(), null, total, labels, evidence, false);
        }
    }

    private void checkChild(
            ScreeningContext context,
            FindingSink findings,
            Generic g,
            DoseRange range,
            DoseRange adult,
            double total,
            List<String> labels,
            List<String> evidence) {
        String unit = g.dose().unit();
        Double weight = context.patient().weightKg();
        Double limit = null;
        String basis = null;
        if (range.perKgPerDayMax() != null && weight != null && weight > 0) {
            limit = range.perKgPerDayMax() * weight;
            basis = Units.format(range.perKgPerDayMax()) + unit + "/kg/日×" + Units.format(weight) + "kg";
        }
        if (range.perDayMax() != null && (limit == null || range.perDayMax() < limit)) {
            limit = range.perDayMax();
            basis = "儿童日最大量";
        }
        if (limit == null && adult != null && adult.ceilingPerDay() != null) {
            limit = adult.ceilingPerDay();
            basis = weight == null ? "未记录体重，按成人最大日剂量" : "说明书无儿童日剂量，按成人最大日剂量";
        }
        if (limit != null && total > limit * 1.0001) {
            List<String> ev = new ArrayList<>(evidence);
            ev.add("儿童日剂量上限=" + Units.format(limit) + unit + "（" + basis + "）");
            findings.report(
                    this,
                    Tier.T3,
                    g.nameZh() + "每日合计" + Units.format(total) + unit + "，超过儿童日剂量上限" + Units.format(limit) + unit,
                    labels,
                    ev,
                    g.source());
        } else if (weight != null && weight > 0 && range.perKgPerDayMin() != null) {
            lowDose(
                    findings,
                    g,
                    range.perKgPerDayMin() * weight,
                    Units.format(range.perKgPerDayMin()) + unit + "/kg/日×" + Units.format(weight) + "kg",
                    total,
                    labels,
                    evidence,
                    true);
        } else {
            lowDose(findings, g, range.perDayMin(), null, total, labels, evidence, true);
        }
    }

    private void lowDose(
            FindingSink findings,
            Generic g,
            Double minimum,
            String basis,
            double total,
            List<String> labels,
            List<String> evidence,
            boolean child) {
        if (minimum == null || total >= minimum * 0.9999) {
            return;
        }
        String unit = g.dose().unit();
        List<String> ev = new ArrayList<>(evidence);
        ev.add((child ? "儿童" : "") + "常用日剂量下限=" + Units.format(SingleDoseRule.round(minimum)) + unit
                + (basis == null ? "" : "（" + basis + "）"));
        findings.report(
                this,
                Tier.T1,
                g.nameZh() + "每日合计" + Units.format(total) + unit + "，低于说明书" + (child ? "儿童" : "") + "常用日剂量"
                        + Units.format(SingleDoseRule.round(minimum)) + unit,
                labels,
                ev,
                g.source());
    }
}
