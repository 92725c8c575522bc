package org.regionalhealth.screening.rules;

import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * A child younger than the youngest age the label gives a dose for (the paediatric range's {@code minAgeYears}, or the
 * adult range's when the label has no children's dose): the dose is not labelled for this age, an off-label use that
 * needs the reason and a second signature (T2). Ages the label forbids are {@code PAED_AGE}'s, local routes exempt.
 */
public final class DoseAgeRule extends AbstractRule {

    public DoseAgeRule() {
        super(RuleMetadata.of(
                "DOSE_MIN_AGE", "1", Tier.T2, "患儿年龄低于说明书用法用量的最低适用年龄", "《医疗机构处方审核规范》适宜性审核第7项（儿童）；药品说明书【用法用量】【儿童用药】"));
    }

    @Override
    public Set<String> knowledgeFields() {
        return Set.of("generics.dose.range.minAgeYears");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Double age = context.ageYears();
        if (age == null || age >= 18) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.dose() == null || Routes.isLocal(line.route())) {
                continue;
            }
            if (g.paediatric() != null
                    && g.paediatric().contraindicatedUnderYears() != null
                    && age < g.paediatric().contraindicatedUnderYears()) {
                continue;
            }
            DoseRange paediatric = g.dose().paediatric();
            DoseRange adult = g.dose().adultFor(line.route()).orElse(null);
            Double youngest;
            if (paediatric != null) {
                youngest = paediatric.minAgeYears();
                if (adult != null && adult.minAgeYears() != null && age >= adult.minAgeYears()) {
                    youngest = null;
                }
            } else {
                youngest = adult == null ? null : adult.minAgeYears();
            }
            if (youngest == null || age >= youngest) {
                continue;
            }
            String ageText = PaediatricAgeRule.describeAge(context);
            findings.report(
                    this,
                    Tier.T2,
                    line.label() + "：说明书用法用量适用于" + Units.format(youngest) + "岁及以上，患儿" + ageText + "，属超说明书年龄用药",
                    drugs(line),
                    List.of("年龄=" + ageText, "说明书最低适用年龄=" + Units.format(youngest) + "岁"),
                    g.source());
        }
    }
}
