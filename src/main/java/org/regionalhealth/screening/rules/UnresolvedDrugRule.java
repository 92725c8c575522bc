package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;

/**
 * A drug the knowledge base does not know cannot be screened; it goes to a pharmacist, never through silently
 * (《医疗机构处方审核规范》: 信息系统不能审核的部分应当由药师人工审核; research §7 N2).
 */
public final class UnresolvedDrugRule extends AbstractRule {

    public UnresolvedDrugRule() {
        super(new RuleMetadata(
                "SYSTEM_CANNOT_REVIEW",
                "1",
                Tier.T3,
                "药品在知识库中无法识别，系统无法审核，转药师人工审核",
                "《医疗机构处方审核规范》（国卫办医发〔2018〕14号）：信息系统不能审核的部分应由药师人工审核",
                Action.PHARMACIST_REVIEW));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        for (ResolvedLine line : context.lines()) {
            if (line.kind() == ResolvedLine.Kind.UNKNOWN) {
                findings.report(
                        this,
                        "药品“" + line.label() + "”在药品知识库（" + context.kbVersion() + "）中无法识别，系统未能审核，须药师人工审核",
                        drugs(line),
                        List.of(
                                "药名=" + line.line().drugName(),
                                "编码=" + line.line().drugCode()));
            }
        }
    }
}
