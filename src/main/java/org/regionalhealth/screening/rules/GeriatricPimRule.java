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
                "PIM",
                "2",
                Tier.T1,
                "老年人（≥65岁）潜在不适当用药，提示不拦截；说明书老年人慎用者记录（信息级）",
                "AGS Beers Criteria 2023；《中国老年人潜在不适当用药判断标准（2017年版）》"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.geriatric.pim", "generics.geriatric.caution", "generics.geriatric.note");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Integer age = context.patient().ageInYears(context.today());
        if (age == null || age < 65) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.geriatric() == null || Routes.isLocal(line.route())) {
                continue;
            }
            if (!g.geriatric().pim()) {
                if (g.geriatric().caution()) {
                    findings.report(
                            this,
                            Tier.T0,
                            age + "岁患者使用" + line.label() + "：说明书提示老年人慎用或需调整剂量"
                                    + (g.geriatric().note() == null
                                            ? ""
                                            : "（" + g.geriatric().note() + "）"),
                            drugs(line),
                            List.of("年龄=" + age + "岁"),
                            g.source());
                }
                continue;
            }
            if (immediateReleaseOnly(g) && modifiedRelease(line)) {
                // Beers 2023 lists immediate-release nifedipine; the controlled-release tablet is not a PIM (issue 16)
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

    /** The knowledge base's criterion names the immediate-release form only (速释, as Beers does for nifedipine). */
    static boolean immediateReleaseOnly(Generic g) {
        return g.geriatric().note() != null && g.geriatric().note().contains("速释");
    }

    /** A controlled- or sustained-release product, by its form or, when no form is written, by its name. */
    static boolean modifiedRelease(ResolvedLine line) {
        if (line.isLongActing()) {
            return true;
        }
        String name = line.line() == null ? null : line.line().drugName();
        return name != null && (name.contains("控释") || name.contains("缓释"));
    }
}
