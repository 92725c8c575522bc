package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.drugs.RenalLimit;
import org.regionalhealth.screening.Tier;

/**
 * Renal thresholds of the label against the patient's kidney function — eGFR (reported, or computed from creatinine by
 * CKD-EPI 2021) where the label gives eGFR, creatinine clearance by Cockcroft–Gault where it gives a CrCl (weight, age,
 * sex, creatinine; without a weight the eGFR stands in and the finding says so):
 * 禁用 T4, 避免 T3, 减量 T2, 慎用 T1; a daily amount above the band's maximum is at least T3. When the label has
 * renal limits and no recent renal result is known, a T0 note says the check could not be made (《医疗机构处方审核规范》
 * 适宜性第7项: 肝肾功能不全等特殊人群).
 */
public final class RenalRule extends AbstractRule {

    public RenalRule() {
        super(RuleMetadata.of(
                "RENAL", "1", Tier.T4, "肾功能（eGFR）与说明书肾功能限制", "《医疗机构处方审核规范》适宜性审核第7项（特殊人群）；药品说明书【用法用量】【禁忌】"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of(
                "generics.renal.egfrBelow",
                "generics.renal.crclBelow",
                "generics.renal.action",
                "generics.renal.perDayMax",
                "generics.renal.note");
    }

    /** The estimate one threshold is compared with: value, what it is, and a caveat when it stands in for another. */
    private record Estimate(double value, String describe, String name, String caveat) {}

    private static Estimate estimate(ScreeningContext context, RenalLimit limit) {
        ScreeningContext.RenalEstimate egfr = context.egfr();
        if (limit.basis() == RenalLimit.Basis.CRCL) {
            ScreeningContext.Clearance crcl = context.clearance();
            if (crcl != null && crcl.value() != null) {
                return new Estimate(crcl.value(), crcl.describe(), "肌酐清除率", null);
            }
            if (egfr == null) {
                return null;
            }
            String why = crcl != null ? crcl.missing() : "无近期血肌酐结果，未能计算肌酐清除率";
            return new Estimate(egfr.value(), egfr.describe(), "eGFR", why + "，暂以eGFR近似说明书的肌酐清除率界值");
        }
        return egfr == null ? null : new Estimate(egfr.value(), egfr.describe(), "eGFR", null);
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        for (ResolvedLine line : context.lines()) {
            if (line.generic() == null || line.generic().renal().isEmpty() || Routes.isLocal(line.route())) {
                continue;
            }
            if (context.egfr() == null
                    && (context.clearance() == null || context.clearance().value() == null)) {
                String why =
                        context.clearance() != null ? "（" + context.clearance().missing() + "）" : "";
                findings.report(
                        this,
                        Tier.T0,
                        line.label() + "说明书有肾功能限制，未找到近期肾功能结果（eGFR或血肌酐），未能核对" + why,
                        drugs(line),
                        List.of("近期肾功能=无"),
                        line.generic().source());
                continue;
            }
            boolean reported = false;
            String caveat = null;
            for (RenalLimit limit : line.generic().renal()) {
                Estimate estimate = estimate(context, limit);
                if (estimate == null) {
                    continue;
                }
                if (estimate.caveat() != null) {
                    caveat = estimate.caveat();
                }
                if (estimate.value() >= limit.below()) {
                    continue;
                }
                Tier tier = tierOf(limit.action());
                if (tier == null) {
                    break;
                }
                String threshold =
                        (limit.basis() == RenalLimit.Basis.CRCL ? "肌酐清除率<" : "eGFR<") + Units.format(limit.below());
                List<String> evidence = new ArrayList<>();
                evidence.add(estimate.describe());
                evidence.add("阈值=" + threshold + "：" + zh(limit.action()));
                if (estimate.caveat() != null) {
                    evidence.add(estimate.caveat());
                }
                String message = line.label() + "：" + estimate.describe() + "，低于说明书界值" + threshold + "，说明书"
                        + zh(limit.action()) + (limit.note() == null ? "" : "（" + limit.note() + "）")
                        + (estimate.caveat() == null ? "" : "；" + estimate.caveat());
                if (limit.perDayMax() != null && line.generic().dose() != null) {
                    String unit = line.generic().dose().unit();
                    Double daily = line.dailyAmountIn(unit);
                    if (daily != null && daily > limit.perDayMax() * 1.0001) {
                        tier = Tier.max(tier, Tier.T3);
                        evidence.add("日剂量=" + Units.format(daily) + unit + " > 该肾功能段上限"
                                + Units.format(limit.perDayMax()) + unit);
                        message += "；日剂量" + Units.format(daily) + unit + "超过该肾功能段上限" + Units.format(limit.perDayMax())
                                + unit;
                    }
                }
                findings.report(
                        this,
                        tier,
                        message,
                        drugs(line),
                        evidence,
                        line.generic().source());
                reported = true;
                break;
            }
            if (!reported && caveat != null) {
                // the label's cut-off is a CrCl the record cannot give: say so rather than pass in silence
                findings.report(
                        this,
                        Tier.T0,
                        line.label() + "：说明书肾功能界值为肌酐清除率，" + caveat + "，未低于界值",
                        drugs(line),
                        List.of(context.egfr().describe(), caveat),
                        line.generic().source());
            }
        }
    }
}
