package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Tier;

/** 《处方管理办法》第二十三条: 哌醋甲酯用于治疗儿童多动症时，每张处方不得超过15日常用量 (ADHD: ICD-10 F90). */
public final class MethylphenidateAdhdRule extends AbstractRule {

    public MethylphenidateAdhdRule() {
        super(RuleMetadata.of("MPH_OVER_15D", "1", Tier.T4, "哌甲酯治疗多动症超过15日常用量", "《处方管理办法》第二十三条"));
    }

    static boolean applies(ScreeningContext context, ResolvedLine line) {
        return line.generic() != null && "methylphenidate".equals(line.generic().id()) && context.hasDiagnosis("F90");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().setting().ambulatory()) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Double days = line.daysSupply();
            if (applies(context, line) && days != null && days > 15 + 1e-9) {
                findings.report(
                        this,
                        line.label() + "治疗多动症开具" + days(days) + "用量，每张处方不得超过15日常用量",
                        drugs(line),
                        List.of("用药天数=" + days(days), "上限=15日"));
            }
        }
    }
}
