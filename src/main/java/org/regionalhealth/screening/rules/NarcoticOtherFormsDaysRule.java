package org.regionalhealth.screening.rules;

import org.regionalhealth.screening.Tier;

/** 麻醉/精一 other forms (tablets, oral solution …): ≤3 days (第二十三条); registered cancer-pain patients ≤7 days (第二十四条). */
public final class NarcoticOtherFormsDaysRule extends ControlledDaysRule {

    public NarcoticOtherFormsDaysRule() {
        super(
                RuleMetadata.of("NARC_OTHER_DAYS", "1", Tier.T4, "麻醉/精一其他剂型超过3日（癌痛登记患者7日）", "《处方管理办法》第二十三条、第二十四条"),
                false,
                3,
                7);
    }
}
