package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.ControlledCategory;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.screening.Tier;

/**
 * 《医疗用毒性药品管理办法》(1988) 第九条: 每次处方剂量不得超过二日极量 — total quantity above twice the label's daily
 * ceiling T4. When the total cannot be computed (no quantity or strength) a T1 note asks the pharmacist to check it.
 */
public final class ToxicQuantityRule extends AbstractRule {

    public ToxicQuantityRule() {
        super(RuleMetadata.of(
                "TOXIC_OVER_2D_MAX", "1", Tier.T4, "医疗用毒性药品每次处方超过二日极量", "《医疗用毒性药品管理办法》（国务院令第23号，1988）第九条"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        for (ResolvedLine line : context.lines()) {
            if (controlled(line) != ControlledCategory.TOXIC) {
                continue;
            }
            DoseRange range = line.adultRange();
            if (range == null || range.ceilingPerDay() == null) {
                continue;
            }
            String unit = line.generic().dose().unit();
            double limit = 2 * range.ceilingPerDay();
            Double total = line.totalAmountIn(unit);
            if (total == null) {
                findings.report(
                        this,
                        Tier.T1,
                        line.label() + "为医疗用毒性药品，处方总量无法计算，请核对不超过二日极量" + Units.format(limit) + unit,
                        drugs(line),
                        List.of("二日极量=" + Units.format(limit) + unit),
                        line.generic().source());
            } else if (total > limit * 1.0001) {
                findings.report(
                        this,
                        Tier.T4,
                        line.label() + "为医疗用毒性药品，处方总量" + Units.format(total) + unit + "，超过二日极量" + Units.format(limit)
                                + unit,
                        drugs(line),
                        List.of("总量=" + Units.format(total) + unit, "二日极量=" + Units.format(limit) + unit),
                        line.generic().source());
            }
        }
    }
}
