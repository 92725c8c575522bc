package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Restriction;
import org.regionalhealth.screening.Tier;

/** Lactation restrictions of the label: 禁用 T4, 避免 T3, 慎用 T1 (《医疗机构处方审核规范》适宜性第7项: 哺乳期). */
public final class LactationRule extends AbstractRule {

    public LactationRule() {
        super(RuleMetadata.of("LACTATION", "1", Tier.T4, "哺乳期用药禁忌", "《医疗机构处方审核规范》适宜性审核第7项（哺乳期）；药品说明书【孕妇及哺乳期妇女用药】"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.lactation");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.patient().lactating()) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            if (line.generic() == null || Routes.isLocal(line.route())) {
                continue;
            }
            Restriction r = line.generic().lactation();
            Tier tier = tierOf(r);
            if (tier != null) {
                findings.report(
                        this,
                        tier,
                        "哺乳期患者使用" + line.label() + "：说明书为哺乳期" + zh(r),
                        drugs(line),
                        List.of("哺乳期=是", "限制=" + r.name().toLowerCase()),
                        line.generic().source());
            }
        }
    }
}
