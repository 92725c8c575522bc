package org.regionalhealth.familydoctor.chronic;

import java.time.LocalDate;
import java.util.ArrayList;

/**
 * The part of 分类干预 that hypertension and diabetes share (国家基本公共卫生服务规范（第三版）, 2017): on target with no
 * adverse reaction and no new complication → routine; a first uncontrolled visit or an adverse reaction → recheck
 * within 2 weeks; the second not-controlled visit in a row, or a new or worse complication → refer and check the
 * referral within 2 weeks.
 */
final class ChronicSequence {

    private ChronicSequence() {}

    static FollowUpOutcome decide(
            LocalDate date,
            boolean onTarget,
            String readingText,
            boolean adverseReaction,
            boolean complication,
            boolean previousNotControlled,
            int recheckDays,
            int referralCheckDays,
            int routineDays,
            String ruleSetId) {
        var reasons = new ArrayList<String>();
        reasons.add(readingText);
        if (onTarget && !adverseReaction && !complication) {
            return new FollowUpOutcome(
                    VisitClass.CONTROLLED,
                    FollowUpAction.ROUTINE,
                    date.plusDays(routineDays),
                    null,
                    reasons,
                    ruleSetId);
        }
        VisitClass visitClass = complication
                ? VisitClass.COMPLICATION
                : onTarget ? VisitClass.ADVERSE_REACTION : VisitClass.UNCONTROLLED;
        if (adverseReaction) {
            reasons.add("药物不良反应");
        }
        if (complication) {
            reasons.add("新发或加重的并发症");
        }
        if (complication || previousNotControlled) {
            if (previousNotControlled) {
                reasons.add("连续两次控制不满意");
            }
            LocalDate check = date.plusDays(referralCheckDays);
            return new FollowUpOutcome(visitClass, FollowUpAction.REFER, check, check, reasons, ruleSetId);
        }
        return new FollowUpOutcome(
                visitClass, FollowUpAction.RECHECK_IN_TWO_WEEKS, date.plusDays(recheckDays), null, reasons, ruleSetId);
    }
}
