package org.regionalhealth.screening.rules;

import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.screening.Tier;

/**
 * A prescription dated after the screening day (《处方管理办法》第十八条: 处方开具当日有效 — a later date would let it be
 * dispensed early and stay valid too long). The REST and page submissions refuse such a date before screening
 * ({@code reviewcenter.submission.IssueDates}); this rule makes every path say so, CDS Hooks and FHIR included
 * (issue 14 §8). Dated the next day is T3 — around midnight a submitting system's clock may run a little ahead, so a
 * pharmacist looks; two or more days ahead is T4.
 */
public final class FutureIssueDateRule extends AbstractRule {

    public FutureIssueDateRule() {
        super(RuleMetadata.of("ISSUE_DATE_FUTURE", "1", Tier.T4, "处方开具日期晚于审核日期", "《处方管理办法》第十八条（处方开具当日有效）"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        LocalDate issued = context.prescription().issuedOn();
        LocalDate today = context.today();
        if (issued == null || !issued.isAfter(today)) {
            return;
        }
        boolean nextDay = issued.equals(today.plusDays(1));
        findings.report(
                this,
                nextDay ? Tier.T3 : Tier.T4,
                "处方开具日期" + issued + "晚于审核日期" + today + (nextDay ? "，可能为跨零点的时钟偏差，须药师核对开具日期" : "，不得审核调配，请按实际开具日期重新开具"),
                List.of(),
                List.of("开具日期=" + issued, "审核日期=" + today),
                List.of());
    }
}
