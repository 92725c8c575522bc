package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Tier;

/**
 * 《处方管理办法》第二十三条: 门（急）诊麻醉药品、第一类精神药品注射剂，每张处方为一次常用量 (T4 above one dose);
 * 第二十四条: 癌痛、慢性中重度非癌痛登记患者注射剂每张处方不得超过3日常用量.
 */
public final class NarcoticInjectionRule extends AbstractRule {

    public NarcoticInjectionRule() {
        super(RuleMetadata.of(
                "NARC_INJ_ONE_DOSE", "1", Tier.T4, "门急诊麻醉/精一注射剂超过一次常用量（登记癌痛患者超过3日）", "《处方管理办法》第二十三条、第二十四条"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().setting().ambulatory()) {
            return;
        }
        boolean registered = context.patient().cancerPainRegistered();
        for (ResolvedLine line : context.lines()) {
            if (!narcoticOrPsy1(line) || !line.isInjection()) {
                continue;
            }
            if (registered) {
                Double days = line.daysSupply();
                if (days != null && days > 3 + 1e-9) {
                    findings.report(
                            this,
                            line.label() + "注射剂" + days(days) + "用量，癌痛/慢性中重度疼痛患者每张处方不得超过3日常用量",
                            drugs(line),
                            List.of("用药天数=" + days(days), "上限=3日（第二十四条）"));
                }
                continue;
            }
            Double doses = line.dosesSupplied();
            if (doses != null && doses > 1 + 1e-9) {
                findings.report(
                        this,
                        line.label() + "注射剂开具" + Units.format(Math.round(doses * 10) / 10.0) + "次用量，门急诊每张处方限一次常用量",
                        drugs(line),
                        List.of("次数=" + Units.format(Math.round(doses * 10) / 10.0), "上限=1次（第二十三条）"));
            } else if (doses == null && line.daysSupply() != null && line.daysSupply() > 1 + 1e-9) {
                findings.report(
                        this,
                        line.label() + "注射剂开具" + days(line.daysSupply()) + "用量，门急诊每张处方限一次常用量",
                        drugs(line),
                        List.of("用药天数=" + days(line.daysSupply()), "上限=1次（第二十三条）"));
            }
        }
    }
}
