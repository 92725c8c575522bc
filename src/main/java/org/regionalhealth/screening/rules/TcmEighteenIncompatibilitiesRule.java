package org.regionalhealth.screening.rules;

import org.regionalhealth.screening.Tier;

/** 十八反 (《中国药典》2020年版一部 各药【注意】"不宜与…同用"; 《医疗机构处方审核规范》饮片适宜性第3、5项). */
public final class TcmEighteenIncompatibilitiesRule extends TcmPairRule {

    public TcmEighteenIncompatibilitiesRule() {
        super(
                RuleMetadata.of("TCM_18FAN", "1", Tier.T3, "中药饮片十八反配伍禁忌", "《中国药典》2020年版一部【注意】；《医疗机构处方审核规范》中药饮片适宜性审核"),
                "十八反");
    }
}
