package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.ControlledCategory;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * 《长期处方管理规范（试行）》: 医疗用毒性药品、放射性药品、易制毒药品、麻醉药品、第一类和第二类精神药品、抗微生物药物（治疗结核等
 * 慢性细菌真菌感染性疾病的除外）以及对储存条件有特殊要求的药品不得用于长期处方 — T4. Antivirals are not 抗菌药物 under
 * 卫生部令第84号 and are not excluded here; radioactive, precursor and special-storage drugs are not yet marked in the
 * knowledge base.
 */
public final class LongTermExcludedDrugRule extends AbstractRule {

    public LongTermExcludedDrugRule() {
        super(RuleMetadata.of(
                "LONGRX_EXCLUDED_DRUG", "1", Tier.T4, "长期处方含不得长期处方的药品（毒麻精、抗菌药物等）", "《长期处方管理规范（试行）》（国卫办医发〔2021〕17号）"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().longTerm()) {
            return;
        }
        boolean tuberculosis = context.hasDiagnosis("A15", "A16", "A17", "A18", "A19");
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null) {
                continue;
            }
            String why = null;
            if (g.controlled() != ControlledCategory.NONE) {
                why = controlledZh(g.controlled());
            } else if (antimicrobial(context, g)
                    && !(tuberculosis || context.kb().isA(g.id(), "anti_tb"))) {
                why = "抗菌药物（非结核等慢性感染）";
            }
            if (why != null) {
                findings.report(
                        this,
                        Tier.T4,
                        line.label() + "属" + why + "，不得开具长期处方",
                        drugs(line),
                        List.of("类别=" + why),
                        g.source());
            }
        }
    }

    static boolean antimicrobial(ScreeningContext context, Generic g) {
        return g.antimicrobialGrade() != null
                || (context.kb().isA(g.id(), "anti_infective") && !context.kb().isA(g.id(), "antiviral"));
    }

    static String controlledZh(ControlledCategory c) {
        switch (c) {
            case NARCOTIC:
                return "麻醉药品";
            case PSYCHOTROPIC1:
                return "第一类精神药品";
            case PSYCHOTROPIC2:
                return "第二类精神药品";
            case TOXIC:
                return "医疗用毒性药品";
            default:
                return "普通药品";
        }
    }
}
