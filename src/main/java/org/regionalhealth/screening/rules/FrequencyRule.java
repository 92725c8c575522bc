package org.regionalhealth.screening.rules;

import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * The written frequency against the label's frequencies. A drug labelled weekly or every other day (methotrexate for
 * rheumatoid arthritis, alendronate 70 mg) written daily or more often is T4: daily methotrexate kills. Any other
 * frequency more often than the label's most frequent schedule is T2 (reason and second signature). prn and one-off
 * lines are left to the dose rules.
 */
public final class FrequencyRule extends AbstractRule {

    public FrequencyRule() {
        super(RuleMetadata.of(
                "DOSE_FREQUENCY",
                "1",
                Tier.T2,
                "给药频次超过说明书（每周给药的药物按每日给药为禁忌）",
                "《医疗机构处方审核规范》适宜性审核第3项（用法、用量）；《处方管理办法》第六条；药品说明书【用法用量】"));
    }

    @Override
    public Set<String> knowledgeFields() {
        return Set.of("generics.dose.range.frequencies");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Double age = context.ageYears();
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.dose() == null) {
                continue;
            }
            String written = line.line().frequency();
            Double perDay = Frequencies.isSingle(written) ? null : Frequencies.perDay(written);
            DoseRange range = DoseRanges.forPatient(g, line.route(), age);
            if (perDay == null || range == null) {
                continue;
            }
            Double labelled = Frequencies.maxPerDay(range.frequencies());
            if (labelled == null || perDay <= labelled * 1.0001) {
                continue;
            }
            String allowed = String.join("/", range.frequencies());
            boolean intermittent = labelled < 1 && perDay >= 1;
            findings.report(
                    this,
                    intermittent ? Tier.T4 : Tier.T2,
                    line.label() + "：给药频次" + written + "超过说明书频次（" + allowed + "）"
                            + (intermittent ? "，该药为间歇给药（每周或隔日），按每日给药可致严重毒性" : ""),
                    drugs(line),
                    List.of(
                            "处方频次=" + written + "（每日" + Units.format(SingleDoseRule.round(perDay)) + "次）",
                            "说明书频次=" + allowed),
                    g.source());
        }
    }
}
