package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.screening.Tier;

/** 《抗菌药物临床应用管理办法》第二十八条: 特殊使用级抗菌药物不得在门诊使用 — outpatient or emergency T4. */
public final class SpecialAntimicrobialOutpatientRule extends AbstractRule {

    public SpecialAntimicrobialOutpatientRule() {
        super(RuleMetadata.of(
                "ABX_SPECIAL_OUTPATIENT", "1", Tier.T4, "门急诊使用特殊使用级抗菌药物", "《抗菌药物临床应用管理办法》（卫生部令第84号）第二十八条"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().setting().ambulatory()) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            if (line.generic() != null && line.generic().antimicrobialGrade() == AntimicrobialGrade.SPECIAL) {
                findings.report(
                        this,
                        Tier.T4,
                        line.label() + "为特殊使用级抗菌药物，不得在门诊使用",
                        drugs(line),
                        List.of(
                                "药品分级=special",
                                "场景=" + context.prescription().setting().name().toLowerCase()),
                        line.generic().source());
            }
        }
    }
}
