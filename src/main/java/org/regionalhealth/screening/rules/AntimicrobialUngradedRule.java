package org.regionalhealth.screening.rules;

import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Tier;

/**
 * A systemic antibacterial or antifungal whose grade (分级) the knowledge base does not hold for the written route
 * cannot be checked against the prescriber's right: it goes to a pharmacist, never through in silence — least of all
 * at a village station. A prescriber holding the 特殊使用级 right may prescribe every grade, so for them the missing
 * grade changes nothing and no finding is made. Antivirals and antituberculosis drugs are not 抗菌药物 in the sense of 卫生部令第84号 (第二条) and
 * are left out, unless the drug also belongs to an antibacterial class (streptomycin); local routes (eye drops,
 * ointments, vaginal) are outside the grading catalogue.
 */
public final class AntimicrobialUngradedRule extends AbstractRule {

    private static final Set<String> NOT_GRADED_CLASSES = Set.of("antiviral", "anti_tb");

    public AntimicrobialUngradedRule() {
        super(new RuleMetadata(
                "ABX_UNGRADED",
                "1",
                Tier.T3,
                "全身用抗菌药物在知识库中无分级，无法核对处方权限，转药师人工审核",
                "《抗菌药物临床应用管理办法》（卫生部令第84号）第二条、第二十四条；浙江省抗菌药物分级管理目录；《医疗机构处方审核规范》：信息系统不能审核的部分应由药师人工审核",
                Action.PHARMACIST_REVIEW));
    }

    @Override
    public Set<String> knowledgeFields() {
        return Set.of("generics.antimicrobialGrade", "generics.antimicrobialGradeByRoute", "generics.classes");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        KnowledgeSnapshot kb = context.kb();
        Prescriber prescriber = context.prescription().prescriber();
        if (prescriber != null && prescriber.effectiveAntimicrobialGrade() == AntimicrobialGrade.SPECIAL) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || !systemic(line.route())) {
                continue;
            }
            if (!graded(kb, g) || g.antimicrobialGradeFor(line.route()) != null) {
                continue;
            }
            findings.report(
                    this,
                    Tier.T3,
                    line.label() + "为全身用抗菌药物，知识库未收录其浙江省分级" + (line.route() == null ? "" : "（" + line.route() + "）")
                            + "，系统无法核对医师处方权限，须药师人工审核",
                    drugs(line),
                    List.of(
                            "药品分级=未收录",
                            "途径=" + (line.route() == null ? "未写" : line.route()),
                            "医师权限="
                                    + (prescriber == null || prescriber.effectiveAntimicrobialGrade() == null
                                            ? "无"
                                            : AntimicrobialGradeRightRule.zh(
                                                    prescriber.effectiveAntimicrobialGrade()))),
                    g.source());
        }
    }

    /**
     * Whether a route is within the grading catalogue: everything but local use (外用, eye, ear and nose drops) and
     * vaginal use (metronidazole vaginal tablets are not graded). An unwritten route counts as systemic.
     */
    public static boolean systemic(String normalisedRoute) {
        return !Routes.isLocal(normalisedRoute) && !"阴道".equals(normalisedRoute);
    }

    /** An antibacterial or antifungal: one of its classes lies under anti_infective and is not antiviral or anti-TB. */
    public static boolean graded(KnowledgeSnapshot kb, Generic g) {
        for (String code : g.classes()) {
            if (NOT_GRADED_CLASSES.contains(code)) {
                continue;
            }
            String c = code;
            for (int depth = 0; c != null && depth < 16; depth++) {
                if (c.equals("anti_infective")) {
                    return true;
                }
                c = kb.drugClass(c)
                        .map(org.regionalhealth.drugs.DrugClass::parent)
                        .orElse(null);
            }
        }
        return false;
    }
}
