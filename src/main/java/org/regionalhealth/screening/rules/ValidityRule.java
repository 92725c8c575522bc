package org.regionalhealth.screening.rules;

import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.Tier;

/**
 * 《处方管理办法》第十八条: 处方开具当日有效；特殊情况下需延长有效期的，由开具处方的医师注明有效期限，但有效期最长不得超过3天.
 * A validity over 3 days, or screening after the last valid day, is T4.
 */
public final class ValidityRule extends AbstractRule {

    public ValidityRule() {
        super(RuleMetadata.of("VALIDITY", "1", Tier.T4, "处方有效期超过3天或已过期", "《处方管理办法》第十八条"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Prescription p = context.prescription();
        Integer validity = p.validityDays();
        if (validity != null && validity > 3) {
            findings.report(this, "处方有效期" + validity + "天，最长不得超过3天", List.of(), List.of("有效期=" + validity + "天"));
            return;
        }
        int days = validity == null || validity < 1 ? 1 : validity;
        LocalDate lastValid = p.issuedOn().plusDays(days - 1L);
        if (context.today().isAfter(lastValid)) {
            findings.report(
                    this,
                    "处方已过有效期：开具于" + p.issuedOn() + "，有效至" + lastValid + "，今日" + context.today(),
                    List.of(),
                    List.of("开具日期=" + p.issuedOn(), "有效期=" + days + "天", "审核日期=" + context.today()));
        }
    }
}
