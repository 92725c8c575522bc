package org.regionalhealth.screening.rules;

import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;

/**
 * A dose the engine cannot turn into the label's unit — ml or drops of a product whose concentration is not written
 * and not unique in the knowledge base, tablets of a drug with several strengths and none written — cannot be checked.
 * The dose rules would stay silent, so this rule says so and sends the prescription to a pharmacist (信息系统不能审核的
 * 部分应当由药师人工审核). Local routes (eye drops, ointments) are not dose-checked and are exempt.
 */
public final class DoseUnconvertibleRule extends AbstractRule {

    public DoseUnconvertibleRule() {
        super(new RuleMetadata(
                "DOSE_UNCONVERTIBLE",
                "1",
                Tier.T3,
                "剂量单位无法换算为说明书单位（未写明规格或浓度），系统无法核对剂量，转药师人工审核",
                "《医疗机构处方审核规范》（国卫办医发〔2018〕14号）：信息系统不能审核的部分应由药师人工审核；《中华人民共和国药典》2020年版凡例（1.0ml水为20滴）",
                Action.PHARMACIST_REVIEW));
    }

    @Override
    public Set<String> knowledgeFields() {
        return Set.of("generics.dose.unit", "generics.forms.strengths", "generics.forms.form");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || Routes.isLocal(line.route()) || !line.doseUnconvertible()) {
                continue;
            }
            String written = Units.format(line.line().dose()) + line.line().doseUnit();
            findings.report(
                    this,
                    Tier.T3,
                    line.label() + "：剂量“" + written + "”无法换算为" + g.dose().unit() + "（处方未写明规格或浓度），系统无法核对剂量，须药师人工审核",
                    drugs(line),
                    List.of(
                            "剂量=" + written,
                            "规格="
                                    + (line.line().strength() == null
                                            ? "未写"
                                            : line.line().strength()),
                            "说明书剂量单位=" + g.dose().unit()),
                    g.source());
        }
    }
}
