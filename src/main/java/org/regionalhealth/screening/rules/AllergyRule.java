package org.regionalhealth.screening.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionalhealth.screening.Tier;

/**
 * Allergy history against every ingredient of every line: the allergen itself or a member of its allergy class T4
 * (penicillin allergy + amoxicillin); known β-lactam cross-sensitivity between penicillins, cephalosporins and
 * carbapenems T2 (penicillin allergy + cefuroxime; 《β内酰胺类抗菌药物皮肤试验指导原则（2021年版）》). An entry the
 * knowledge base cannot read is shown as T1 so that the pharmacist sees it (it may be a food or a misspelling).
 * (《医疗机构处方审核规范》适宜性第7项: 过敏史禁忌)
 */
public final class AllergyRule extends AbstractRule {

    /** allergy class → classes with documented cross-sensitivity */
    private static final Map<String, Set<String>> CROSS = Map.of(
            "penicillin", Set.of("cephalosporin", "carbapenem"),
            "cephalosporin", Set.of("penicillin", "carbapenem"),
            "carbapenem", Set.of("penicillin", "cephalosporin"));

    public AllergyRule() {
        super(RuleMetadata.of(
                "ALLERGY",
                "1",
                Tier.T4,
                "过敏史：同药或同类过敏禁用，β-内酰胺类交叉过敏警示",
                "《医疗机构处方审核规范》适宜性审核第7项（过敏史）；《β内酰胺类抗菌药物皮肤试验指导原则（2021年版）》；药品说明书【禁忌】"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.classes");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        List<Allergens> allergies = Allergens.readAll(context.patient().allergies(), context.kb());
        for (Allergens allergy : allergies) {
            if (!allergy.resolved()) {
                findings.report(
                        this,
                        Tier.T1,
                        "过敏史“" + allergy.text() + "”在药品知识库中无法识别，请药师核对是否与处方药品相关",
                        List.of(),
                        List.of("过敏史=" + allergy.text()),
                        List.of());
                continue;
            }
            for (ResolvedLine line : context.lines()) {
                check(context, findings, allergy, line);
            }
        }
    }

    private void check(ScreeningContext context, FindingSink findings, Allergens allergy, ResolvedLine line) {
        Tier worst = null;
        String reason = null;
        List<String> sources = line.generic() != null ? line.generic().source() : List.of();
        for (ResolvedLine.Component c : line.components()) {
            String id = c.genericId();
            if (allergy.generics().contains(id)) {
                worst = Tier.T4;
                reason = "含过敏药物成分" + name(context, id);
                break;
            }
            for (String group : allergy.groups()) {
                if (context.kb().isA(id, group)) {
                    worst = Tier.T4;
                    reason = name(context, id) + "与过敏药物同属" + className(context, group);
                    break;
                }
                for (String other : CROSS.getOrDefault(group, Set.of())) {
                    if (context.kb().isA(id, other) && worst == null) {
                        worst = Tier.T2;
                        reason = name(context, id) + "（" + className(context, other) + "）与" + className(context, group)
                                + "可能存在交叉过敏";
                    }
                }
            }
            if (worst == Tier.T4) {
                break;
            }
        }
        if (worst != null) {
            findings.report(
                    this,
                    worst,
                    "患者有“" + allergy.text() + "”过敏史，" + line.label() + "：" + reason,
                    drugs(line),
                    List.of("过敏史=" + allergy.text()),
                    sources);
        }
    }

    private static String name(ScreeningContext context, String id) {
        return context.kb().generic(id).map(g -> g.nameZh()).orElse(id);
    }

    private static String className(ScreeningContext context, String code) {
        return context.kb().drugClass(code).map(c -> c.nameZh()).orElse(code);
    }
}
