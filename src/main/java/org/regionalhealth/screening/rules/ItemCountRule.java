package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.Tier;

/** 《处方管理办法》第六条: 西药、中成药处方，每一张处方不得超过5种药品 (maximum configurable). */
public final class ItemCountRule extends AbstractRule {

    public ItemCountRule() {
        super(RuleMetadata.of("NORM_ITEM_COUNT", "1", Tier.T2, "西药、中成药处方药品超过5种（可配置）", "《处方管理办法》第六条；《医疗机构处方审核规范》规范性审核"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        int max = context.settings().maxItems();
        int n = context.lines().size();
        if (context.prescription().type() != PrescriptionType.TCM_DECOCTION && n > max) {
            findings.report(
                    this, "西药、中成药处方每张不得超过" + max + "种药品，本处方" + n + "种", List.of(), List.of("品种数=" + n, "上限=" + max));
        }
    }
}
