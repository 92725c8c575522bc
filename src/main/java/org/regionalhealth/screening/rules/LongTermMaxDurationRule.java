package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Tier;

/** 《长期处方管理规范（试行）》(国卫办医发〔2021〕17号): 长期处方用量一般在4周内，最长不超过12周 — over 84 days T4. */
public final class LongTermMaxDurationRule extends AbstractRule {

    public LongTermMaxDurationRule() {
        super(RuleMetadata.of("LONGRX_OVER_12W", "1", Tier.T4, "长期处方用量超过12周", "《长期处方管理规范（试行）》（国卫办医发〔2021〕17号）"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().longTerm()) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Double days = line.daysSupply();
            if (days != null && days > 84 + 1e-9) {
                findings.report(
                        this,
                        line.label() + "长期处方用量" + days(days) + "，最长不得超过12周（84日）",
                        drugs(line),
                        List.of("用药天数=" + days(days), "上限=84日"));
            }
        }
    }
}
