package org.regionalhealth.screening.rules;

import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/** 《处方管理办法》第十九条: 门诊处方一般不得超过7日用量 unless a reason is stated. */
public final class OutpatientSupplyRule extends SupplyDaysRule {

    public OutpatientSupplyRule() {
        super(RuleMetadata.of("QTY_OVER_7D", "1", Tier.T2, "门诊处方超过7日用量且未注明理由", "《处方管理办法》第十九条"), Setting.OUTPATIENT, 7);
    }
}
