package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.ControlledCategory;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/**
 * 《处方管理办法》第十九条: 处方一般不得超过7日用量；急诊处方一般不得超过3日用量；慢性病、老年病或特殊情况可适当延长，
 * 但医师应当注明理由. Controlled drugs have their own limits (rules NARC_*, PSY2_*, TOXIC_*); long-term
 * prescriptions follow 长期处方管理规范 (LONGRX_*).
 */
abstract class SupplyDaysRule extends AbstractRule {

    private final Setting setting;
    private final int maxDays;

    SupplyDaysRule(RuleMetadata metadata, Setting setting, int maxDays) {
        super(metadata);
        this.setting = setting;
        this.maxDays = maxDays;
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (context.prescription().setting() != setting
                || context.prescription().longTerm()
                || !blank(context.prescription().extendedSupplyReason())) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Double days = line.daysSupply();
            if (days == null || controlled(line) != ControlledCategory.NONE || days <= maxDays + 1e-9) {
                continue;
            }
            findings.report(
                    this,
                    Tier.T2,
                    line.label() + "用量" + days(days) + "，" + (setting == Setting.EMERGENCY ? "急诊" : "门诊") + "处方一般不超过"
                            + maxDays + "日，未注明延长理由",
                    drugs(line),
                    List.of("用药天数=" + days(days), "上限=" + maxDays + "日"),
                    List.of());
        }
    }
}
