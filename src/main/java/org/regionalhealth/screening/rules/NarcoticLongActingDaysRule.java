package org.regionalhealth.screening.rules;

import org.regionalhealth.screening.Tier;

/** 麻醉/精一 controlled- or sustained-release forms: ≤7 days (第二十三条); registered cancer-pain patients ≤15 days (第二十四条). */
public final class NarcoticLongActingDaysRule extends ControlledDaysRule {

    public NarcoticLongActingDaysRule() {
        super(
                RuleMetadata.of("NARC_CR_DAYS", "1", Tier.T4, "麻醉/精一缓控释制剂超过7日（癌痛登记患者15日）", "《处方管理办法》第二十三条、第二十四条"),
                true,
                7,
                15);
    }
}
