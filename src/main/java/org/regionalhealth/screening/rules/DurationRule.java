package org.regionalhealth.screening.rules;

import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * A course longer than the label allows (ketorolac: injection and oral together at most 5 days): T2, reason and second
 * signature. The days are the larger of the days written and the days the quantity lasts.
 */
public final class DurationRule extends AbstractRule {

    public DurationRule() {
        super(RuleMetadata.of(
                "DOSE_MAX_DAYS", "1", Tier.T2, "疗程超过说明书规定的最长用药天数", "《医疗机构处方审核规范》适宜性审核第3项（用法、用量）；药品说明书【用法用量】"));
    }

    @Override
    public Set<String> knowledgeFields() {
        return Set.of("generics.dose.range.maxDays");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Double age = context.ageYears();
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            DoseRange range = DoseRanges.forPatient(g, line.route(), age);
            if (range == null || range.maxDays() == null) {
                continue;
            }
            Double days = line.daysSupply();
            if (days == null || days <= range.maxDays() + 1e-9) {
                continue;
            }
            findings.report(
                    this,
                    Tier.T2,
                    line.label() + "：用药" + days(days) + "，超过说明书最长疗程" + range.maxDays() + "日",
                    drugs(line),
                    List.of("用药天数=" + days(days), "说明书最长疗程=" + range.maxDays() + "日"),
                    g.source());
        }
    }
}
