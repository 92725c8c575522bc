package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.ControlledCategory;
import org.regionalhealth.screening.Tier;

/**
 * 《处方管理办法》第二十三条: 第二类精神药品一般每张处方不得超过7日常用量；对于慢性病或某些特殊情况的患者，处方用量可以适当延长，
 * 医师应当注明理由 — over 7 days without a stated reason T2.
 */
public final class Psychotropic2DaysRule extends AbstractRule {

    public Psychotropic2DaysRule() {
        super(RuleMetadata.of("PSY2_OVER_7D", "1", Tier.T2, "第二类精神药品超过7日用量且未注明理由", "《处方管理办法》第二十三条"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().setting().ambulatory()
                || !blank(context.prescription().extendedSupplyReason())) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Double days = line.daysSupply();
            if (controlled(line) == ControlledCategory.PSYCHOTROPIC2 && days != null && days > 7 + 1e-9) {
                findings.report(
                        this,
                        line.label() + "（第二类精神药品）开具" + days(days) + "用量，一般不得超过7日，未注明延长理由",
                        drugs(line),
                        List.of("用药天数=" + days(days), "上限=7日"));
            }
        }
    }
}
