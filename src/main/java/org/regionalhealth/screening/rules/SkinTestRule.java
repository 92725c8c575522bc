package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.SkinTest;
import org.regionalhealth.screening.SkinTestResult;
import org.regionalhealth.screening.Tier;

/**
 * Skin test: a drug that requires one (penicillins) with no result recorded T2; a positive result T4; a
 * cephalosporin (conditional) needs a result when the patient has a β-lactam allergy history (《处方管理办法》第三十五条
 * 第一项; 《医疗机构处方审核规范》适宜性第2项; 《β内酰胺类抗菌药物皮肤试验指导原则（2021年版）》).
 */
public final class SkinTestRule extends AbstractRule {

    public SkinTestRule() {
        super(RuleMetadata.of(
                "SKIN_TEST_MISSING",
                "1",
                Tier.T2,
                "需皮试药品未注明皮试结果；皮试阳性仍开具",
                "《处方管理办法》第三十五条；《医疗机构处方审核规范》适宜性审核第2项；《β内酰胺类抗菌药物皮肤试验指导原则（2021年版）》"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.skinTest");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Boolean betaLactamAllergy = null;
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.skinTest() == SkinTest.NOT_REQUIRED || Routes.isLocal(line.route())) {
                continue;
            }
            SkinTestResult result = line.line().skinTestResult();
            if (result == SkinTestResult.POSITIVE) {
                findings.report(this, Tier.T4, line.label() + "皮试结果阳性，不得使用", drugs(line), List.of("皮试=阳性"), g.source());
                continue;
            }
            if (result != null) {
                continue;
            }
            if (g.skinTest() == SkinTest.REQUIRED) {
                findings.report(
                        this,
                        Tier.T2,
                        line.label() + "须做皮试，处方未注明皮试结果",
                        drugs(line),
                        List.of("皮试要求=必须", "皮试结果=未注明"),
                        g.source());
            } else {
                if (betaLactamAllergy == null) {
                    betaLactamAllergy = Allergens.readAll(context.patient().allergies(), context.kb()).stream()
                            .anyMatch(a -> a.betaLactam(context.kb()));
                }
                if (betaLactamAllergy) {
                    findings.report(
                            this,
                            Tier.T2,
                            line.label() + "：患者有β-内酰胺类过敏史，应做皮试，处方未注明皮试结果",
                            drugs(line),
                            List.of("皮试要求=有β-内酰胺类过敏史时", "皮试结果=未注明"),
                            g.source());
                }
            }
        }
    }
}
