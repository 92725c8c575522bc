package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * Potentially inappropriate medication for patients 65 and older (Beers 2023, 《中国老年人潜在不适当用药判断标准》
 * 2017, restated in the knowledge base): T1, never blocking (research §2.4 C12).
 */
public final class GeriatricPimRule extends AbstractRule {

    public GeriatricPimRule() {
        super(RuleMetadata.of(
                "PIM", "1", Tier.T1, "老年人（≥65岁）潜在不适当用药，提示不拦截", "AGS Beers Criteria 2023；《中国老年人潜在不适当用药判断标准（2017年版）》"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Integer age = context.patient().ageInYears(context.today());
        if (age == null || age < 65) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.geriatric() == null || !g.geriatric().pim() || Routes.isLocal(line.route())) {
                continue;
            }
            findings.report(
                    this,
                    Tier.T1,
                    age + "岁患者使用" + line.label() + "：老年人潜在不适当用药"
                            + (g.geriatric().note() == null
                                    ? ""
                                    : "（" + g.geriatric().note() + "）"),
                    drugs(line),
                    List.of("年龄=" + age + "岁"),
                    g.source());
        }
    }
}
