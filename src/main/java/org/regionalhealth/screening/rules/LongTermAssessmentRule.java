package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Tier;

/**
 * 《长期处方管理规范（试行）》: 超过4周的长期处方，医师应当严格评估并在病历中记录，对患者进行用药教育并由患者签字确认 —
 * over 28 days (and within 12 weeks) without that record T2.
 */
public final class LongTermAssessmentRule extends AbstractRule {

    public LongTermAssessmentRule() {
        super(RuleMetadata.of(
                "LONGRX_OVER_4W_UNASSESSED", "1", Tier.T2, "长期处方超过4周而无评估、教育及患者签字记录", "《长期处方管理规范（试行）》（国卫办医发〔2021〕17号）"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().longTerm() || context.prescription().longTermAssessed()) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Double days = line.daysSupply();
            if (days != null && days > 28 + 1e-9 && days <= 84 + 1e-9) {
                findings.report(
                        this,
                        line.label() + "长期处方用量" + days(days) + "超过4周，未记录评估、用药教育及患者签字确认",
                        drugs(line),
                        List.of("用药天数=" + days(days), "评估记录=无"));
            }
        }
    }
}
