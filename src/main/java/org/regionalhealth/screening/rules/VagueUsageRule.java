package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;

/**
 * Usage must be stated: no "遵医嘱"/"自用", a dose with a unit and a known frequency (decoction pieces: grams per 剂)
 * (《处方管理办法》第六条: 药品用法用量应当按照药品说明书规定的常规用法用量使用…不得使用"遵医嘱""自用"等含糊不清字句).
 */
public final class VagueUsageRule extends AbstractRule {

    private static final String[] VAGUE = {"遵医嘱", "遵嘱", "自用", "按医嘱", "医嘱"};

    public VagueUsageRule() {
        super(RuleMetadata.of(
                "NORM_VAGUE_USAGE", "1", Tier.T2, "用法用量含糊（遵医嘱、自用）或缺剂量、单位、频次", "《处方管理办法》第六条；《医院处方点评管理规范（试行）》不规范处方第8项"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        for (ResolvedLine line : context.lines()) {
            PrescriptionLine l = line.line();
            List<String> problems = new ArrayList<>();
            if (l.usage() != null) {
                for (String v : VAGUE) {
                    if (l.usage().contains(v)) {
                        problems.add("用法写“" + l.usage() + "”");
                        break;
                    }
                }
            }
            if (l.dose() == null || l.dose() <= 0) {
                problems.add("无单次剂量");
            } else if (blank(l.doseUnit()) && line.herb() == null) {
                problems.add("剂量无单位");
            }
            if (line.herb() == null) {
                if (blank(l.frequency())) {
                    problems.add("无用药频次");
                } else if (!Frequencies.known(l.frequency())) {
                    problems.add("频次“" + l.frequency() + "”无法识别");
                }
            }
            if (!problems.isEmpty()) {
                findings.report(this, line.label() + "用法用量不明确：" + String.join("，", problems), drugs(line), problems);
            }
        }
    }
}
