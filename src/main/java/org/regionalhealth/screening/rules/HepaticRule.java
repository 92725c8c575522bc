package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.Restriction;
import org.regionalhealth.screening.LiverImpairment;
import org.regionalhealth.screening.Tier;

/**
 * Hepatic restriction of the label for a patient with recorded liver impairment. The label's condition is text
 * (严重肝功能不全, 活动性肝病 …), so a 禁用 is T4 only for severe impairment and T3 (pharmacist judges the condition)
 * otherwise; 避免 T3, 减量 T2, 慎用 T1 (《医疗机构处方审核规范》适宜性第7项: 肝功能不全).
 */
public final class HepaticRule extends AbstractRule {

    public HepaticRule() {
        super(RuleMetadata.of(
                "HEPATIC", "1", Tier.T3, "肝功能不全患者的说明书肝功能限制", "《医疗机构处方审核规范》适宜性审核第7项（肝功能不全）；药品说明书【禁忌】【用法用量】"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.hepatic.action", "generics.hepatic.condition");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        LiverImpairment liver = context.patient().liver();
        if (liver == null || liver == LiverImpairment.NONE) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.hepatic() == null || Routes.isLocal(line.route())) {
                continue;
            }
            Restriction r = g.hepatic().action();
            Tier tier = tierOf(r);
            if (tier == null) {
                continue;
            }
            if (r == Restriction.CONTRAINDICATED && liver != LiverImpairment.SEVERE) {
                tier = Tier.T3;
            }
            findings.report(
                    this,
                    tier,
                    line.label() + "：患者肝功能不全（" + liver.name().toLowerCase() + "），说明书"
                            + (g.hepatic().condition() == null
                                    ? ""
                                    : g.hepatic().condition()) + zh(r),
                    drugs(line),
                    List.of("肝功能=" + liver.name().toLowerCase()),
                    g.source());
        }
    }
}
