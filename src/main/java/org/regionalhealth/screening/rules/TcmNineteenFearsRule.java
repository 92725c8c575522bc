package org.regionalhealth.screening.rules;

import org.regionalhealth.screening.Tier;

/** 十九畏 (《中国药典》2020年版一部 各药【注意】; 《中药学》教材; 《医疗机构处方审核规范》饮片适宜性审核). */
public final class TcmNineteenFearsRule extends TcmPairRule {

    public TcmNineteenFearsRule() {
        super(
                RuleMetadata.of("TCM_19WEI", "1", Tier.T3, "中药饮片十九畏配伍禁忌", "《中国药典》2020年版一部【注意】；《医疗机构处方审核规范》中药饮片适宜性审核"),
                "十九畏");
    }
}
