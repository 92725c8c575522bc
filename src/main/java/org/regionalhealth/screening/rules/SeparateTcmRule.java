package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;

/** 《处方管理办法》第六条: 中药饮片应当单独开具处方 — decoction pieces and Western/CPM drugs on one prescription. */
public final class SeparateTcmRule extends AbstractRule {

    public SeparateTcmRule() {
        super(RuleMetadata.of(
                "NORM_SEPARATE_TCM",
                "1",
                org.regionalhealth.screening.Tier.T2,
                "中药饮片与西药、中成药开在同一张处方",
                "《处方管理办法》第六条；《医疗机构处方审核规范》规范性审核"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        List<String> herbs = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (ResolvedLine line : context.lines()) {
            if (line.herb() != null) {
                herbs.add(line.label());
            } else if (line.generic() != null || line.patent() != null) {
                others.add(line.label());
            }
        }
        if (!herbs.isEmpty() && !others.isEmpty()) {
            List<String> all = new ArrayList<>(herbs);
            all.addAll(others);
            findings.report(
                    this,
                    "中药饮片应单独开具处方：饮片" + String.join("、", herbs) + " 与 " + String.join("、", others) + " 同处方",
                    all,
                    List.of("饮片数=" + herbs.size(), "西药中成药数=" + others.size()));
        }
    }
}
