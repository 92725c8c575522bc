package org.regionalhealth.screening.rules;

import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/** 《处方管理办法》第十九条: 急诊处方一般不得超过3日用量. */
public final class EmergencySupplyRule extends SupplyDaysRule {

    public EmergencySupplyRule() {
        super(
                RuleMetadata.of("QTY_EMERG_OVER_3D", "1", Tier.T2, "急诊处方超过3日用量且未注明理由", "《处方管理办法》第十九条"),
                Setting.EMERGENCY,
                3);
    }
}
