package org.regionalhealth.familydoctor.chronic;

import java.util.ArrayList;

/**
 * Classifies a hypertension follow-up and decides the next step (国家基本公共卫生服务规范（第三版）, 2017,
 * 高血压患者健康管理服务规范 “随访评估” and “分类干预”; thresholds in the {@link HypertensionRuleSet}).
 */
public final class HypertensionRules {

    private final HypertensionRuleSet rules;

    public HypertensionRules(HypertensionRuleSet rules) {
        this.rules = rules;
    }

    public HypertensionRuleSet ruleSet() {
        return rules;
    }

    /** The systolic target for this patient: 140, or the relaxed target for older patients. */
    public int systolicTargetFor(int ageYears, boolean diabetesOrCkd) {
        boolean older =
                ageYears >= rules.olderTargetAge() && !(rules.olderTargetNeedsNoDiabetesOrCkd() && diabetesOrCkd);
        return older ? rules.olderSystolicTarget() : rules.systolicTarget();
    }

    /** Whether the reading is on target (控制满意 as far as blood pressure goes): strictly below both targets. */
    public boolean onTarget(int ageYears, boolean diabetesOrCkd, int systolic, int diastolic) {
        return systolic < systolicTargetFor(ageYears, diabetesOrCkd) && diastolic < rules.diastolicTarget();
    }

    public FollowUpOutcome classify(HypertensionVisit visit) {
        var reasons = new ArrayList<String>();
        if (visit.systolic() >= rules.emergencySystolic() || visit.diastolic() >= rules.emergencyDiastolic()) {
            reasons.add("收缩压≥" + rules.emergencySystolic() + "和/或舒张压≥" + rules.emergencyDiastolic() + " mmHg");
        }
        visit.dangerSigns().forEach(sign -> reasons.add(sign.labelZh()));
        boolean raised = visit.systolic() >= rules.systolicTarget() || visit.diastolic() >= rules.diastolicTarget();
        if (visit.pregnantOrLactating() && raised) {
            reasons.add("妊娠期或哺乳期血压升高");
        }
        boolean bpOnTarget = onTarget(visit.ageYears(), visit.diabetesOrCkd(), visit.systolic(), visit.diastolic());
        if (!reasons.isEmpty()) {
            return new FollowUpOutcome(
                    visit.newOrWorseComplication() ? VisitClass.COMPLICATION : VisitClass.UNCONTROLLED,
                    FollowUpAction.EMERGENCY_REFERRAL,
                    visit.date().plusDays(rules.referralCheckDays()),
                    visit.date().plusDays(rules.referralCheckDays()),
                    reasons,
                    rules.id());
        }
        return ChronicSequence.decide(
                visit.date(),
                bpOnTarget,
                "血压" + visit.systolic() + "/" + visit.diastolic() + " mmHg，目标<"
                        + systolicTargetFor(visit.ageYears(), visit.diabetesOrCkd()) + "/" + rules.diastolicTarget(),
                visit.adverseReaction(),
                visit.newOrWorseComplication(),
                visit.previousNotControlled(),
                rules.recheckDays(),
                rules.referralCheckDays(),
                rules.routineIntervalDays(),
                rules.id());
    }
}
