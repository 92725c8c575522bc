package org.regionalhealth.familydoctor.chronic;

import java.util.ArrayList;

/**
 * Classifies a type 2 diabetes follow-up (国家基本公共卫生服务规范（第三版）, 2017, 2型糖尿病患者健康管理服务规范
 * “随访评估” and “分类干预”; thresholds in the {@link DiabetesRuleSet}).
 */
public final class DiabetesRules {

    private final DiabetesRuleSet rules;

    public DiabetesRules(DiabetesRuleSet rules) {
        this.rules = rules;
    }

    public DiabetesRuleSet ruleSet() {
        return rules;
    }

    /** 控制满意 as far as glucose goes: fasting glucose strictly below the target. */
    public boolean onTarget(java.math.BigDecimal fastingGlucose) {
        return fastingGlucose.compareTo(rules.fastingGlucoseTarget()) < 0;
    }

    public FollowUpOutcome classify(DiabetesVisit visit) {
        var reasons = new ArrayList<String>();
        var glucose = visit.fastingGlucose();
        if (glucose.compareTo(rules.emergencyHighGlucose()) >= 0) {
            reasons.add("血糖≥" + rules.emergencyHighGlucose() + " mmol/L");
        }
        if (glucose.compareTo(rules.emergencyLowGlucose()) <= 0) {
            reasons.add("血糖≤" + rules.emergencyLowGlucose() + " mmol/L");
        }
        if ((visit.systolic() != null && visit.systolic() >= rules.emergencySystolic())
                || (visit.diastolic() != null && visit.diastolic() >= rules.emergencyDiastolic())) {
            reasons.add("收缩压≥" + rules.emergencySystolic() + "和/或舒张压≥" + rules.emergencyDiastolic() + " mmHg");
        }
        if (visit.persistentHeartRate() != null && visit.persistentHeartRate() > rules.emergencyHeartRate()) {
            reasons.add("持续性心动过速（心率>" + rules.emergencyHeartRate() + "次/分）");
        }
        if (visit.temperature() != null && visit.temperature().compareTo(rules.emergencyTemperature()) > 0) {
            reasons.add("体温>" + rules.emergencyTemperature() + "℃");
        }
        if (visit.pregnantOrLactating() && !onTarget(glucose)) {
            reasons.add("妊娠期及哺乳期血糖高于正常");
        }
        visit.dangerSigns().forEach(sign -> reasons.add(sign.labelZh()));
        if (!reasons.isEmpty()) {
            var check = visit.date().plusDays(rules.referralCheckDays());
            return new FollowUpOutcome(
                    visit.newOrWorseComplication() ? VisitClass.COMPLICATION : VisitClass.UNCONTROLLED,
                    FollowUpAction.EMERGENCY_REFERRAL,
                    check,
                    check,
                    reasons,
                    rules.id());
        }
        return ChronicSequence.decide(
                visit.date(),
                onTarget(glucose),
                "空腹血糖" + glucose + " mmol/L，目标<" + rules.fastingGlucoseTarget(),
                visit.adverseReaction(),
                visit.newOrWorseComplication(),
                visit.previousNotControlled(),
                rules.recheckDays(),
                rules.referralCheckDays(),
                rules.routineIntervalDays(),
                rules.id());
    }
}
