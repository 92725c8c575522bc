package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Tier;

/**
 * 《处方管理办法》第十一条; 《医疗机构处方审核规范》合法性审核第3项: 麻醉药品、第一类精神药品 only by a physician who holds
 * 麻醉药品和第一类精神药品处方权 — T4.
 */
public final class NarcoticRightRule extends AbstractRule {

    public NarcoticRightRule() {
        super(RuleMetadata.of(
                "LEGAL_NARC_RIGHT", "1", Tier.T4, "无麻醉药品和第一类精神药品处方权的医师开具麻精一药品", "《处方管理办法》第十一条；《医疗机构处方审核规范》合法性审核"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.controlled");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Prescriber prescriber = context.prescription().prescriber();
        if (prescriber == null || prescriber.narcoticRight()) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            if (narcoticOrPsy1(line)) {
                findings.report(
                        this,
                        "医师" + (prescriber.name() == null ? prescriber.id() : prescriber.name())
                                + "无麻醉药品和第一类精神药品处方权，不得开具" + line.label() + "（"
                                + LongTermExcludedDrugRule.controlledZh(
                                        line.generic().controlled()) + "）",
                        drugs(line),
                        List.of("医师=" + prescriber.id(), "麻精处方权=无"));
            }
        }
    }
}
