package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/** 《处方管理办法》第二十五条: 为住院患者开具的麻醉药品和第一类精神药品处方应当逐日开具，每张处方为1日常用量. */
public final class InpatientNarcoticRule extends AbstractRule {

    public InpatientNarcoticRule() {
        super(RuleMetadata.of("NARC_INPT_1D", "1", Tier.T4, "住院麻醉/精一处方超过1日常用量", "《处方管理办法》第二十五条"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (context.prescription().setting() != Setting.INPATIENT) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Double days = line.daysSupply();
            if (narcoticOrPsy1(line) && days != null && days > 1 + 1e-9) {
                findings.report(
                        this,
                        line.label() + "住院处方开具" + days(days) + "用量，麻醉药品和第一类精神药品应逐日开具、每张处方为1日常用量",
                        drugs(line),
                        List.of("用药天数=" + days(days), "上限=1日"));
            }
        }
    }
}
