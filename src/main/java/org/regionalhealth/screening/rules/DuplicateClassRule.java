package org.regionalhealth.screening.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * Two different generics of the same therapeutic class (two NSAIDs, two ACE inhibitors …), on the prescription or
 * with an active history medicine (《医疗机构处方审核规范》 适宜性第5项; 《医院处方点评管理规范（试行）》: 无正当理由为同一患者
 * 同时开具2种以上药理作用相同药物). Classes combined by standard practice are left out: insulins (basal + bolus), β2
 * agonists (maintenance + reliever), antiplatelets (dual antiplatelet therapy), electrolytes, IV fluids, vitamins.
 */
public final class DuplicateClassRule extends AbstractRule {

    private static final Set<String> COMBINED_BY_PRACTICE = Set.of(
            "insulin",
            "beta2_agonist",
            "antiplatelet",
            "electrolyte",
            "calcium_preparation",
            "potassium_preparation",
            "iv_fluid",
            "calcium_containing_iv_fluid",
            "vitamin",
            "tcm_patent_medicine",
            "tcm_herb");

    public DuplicateClassRule() {
        super(RuleMetadata.of(
                "DUP_CLASS",
                "1",
                Tier.T2,
                "同类药物重复使用（两种不同通用名属同一药理类别）",
                "《医疗机构处方审核规范》适宜性审核（西药及中成药）第5项；《医院处方点评管理规范（试行）》超常处方"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        List<ResolvedLine> all = context.linesAndHistory();
        int prescribed = context.lines().size();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < prescribed; i++) {
            Generic a = all.get(i).generic();
            if (a == null) {
                continue;
            }
            for (int j = i + 1; j < all.size(); j++) {
                Generic b = all.get(j).generic();
                if (b == null || a.id().equals(b.id()) || contains(a, b) || contains(b, a)) {
                    continue;
                }
                for (String cls : a.classes()) {
                    if (COMBINED_BY_PRACTICE.contains(cls) || !b.classes().contains(cls)) {
                        continue;
                    }
                    String pair = a.id().compareTo(b.id()) < 0 ? a.id() + '|' + b.id() : b.id() + '|' + a.id();
                    if (!reported.add(pair + '|' + cls)) {
                        continue;
                    }
                    String className =
                            context.kb().drugClass(cls).map(c -> c.nameZh()).orElse(cls);
                    findings.report(
                            this,
                            Tier.T2,
                            "同类药物重复：" + all.get(i).label() + " 与 " + all.get(j).label() + " 同属" + className,
                            drugs(all.get(i), all.get(j)),
                            List.of("类别=" + cls),
                            List.of());
                }
            }
        }
    }

    private static boolean contains(Generic combination, Generic part) {
        return combination.ingredients().stream().anyMatch(x -> x.drug().equals(part.id()));
    }
}
