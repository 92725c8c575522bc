package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.drugs.RenalLimit;
import org.regionalhealth.screening.Tier;

/**
 * Renal thresholds of the label against the patient's eGFR (reported, or computed from creatinine by CKD-EPI 2021):
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
                "generics.renal.egfrBelow", "generics.renal.action", "generics.renal.perDayMax", "generics.renal.note");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        for (ResolvedLine line : context.lines()) {
            if (line.generic() == null || line.generic().renal().isEmpty() || Routes.isLocal(line.route())) {
                continue;
            }
            ScreeningContext.RenalEstimate egfr = context.egfr();
            if (egfr == null) {
                findings.report(
                        this,
                        Tier.T0,
                        line.label() + "说明书有肾功能限制，未找到近期肾功能结果（eGFR或血肌酐），未能核对",
                        drugs(line),
                        List.of("近期肾功能=无"),
                        line.generic().source());
                continue;
            }
            for (RenalLimit limit : line.generic().renal()) {
                if (egfr.value() >= limit.egfrBelow()) {
                    continue;
                }
                Tier tier = tierOf(limit.action());
                if (tier == null) {
                    break;
                }
                List<String> evidence = new ArrayList<>();
                evidence.add(egfr.describe());
                evidence.add("阈值=eGFR<" + Units.format(limit.egfrBelow()) + "：" + zh(limit.action()));
                String message = line.label() + "：" + egfr.describe() + "，低于" + Units.format(limit.egfrBelow()) + "，说明书"
                        + zh(limit.action()) + (limit.note() == null ? "" : "（" + limit.note() + "）");
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
                break;
            }
        }
    }
}
