package org.regionalhealth.populationscreening;

/**
 * Where a participant stands in a programme; labels {@code enum.ParticipantState.*}. The transitions are in
 * {@code rules.Transitions}: invited → declined | negative | referred; referred → completed | follow-up declined.
 * Whether a referral is overdue is not a state: it follows from the referral's due day and today.
 */
public enum ParticipantState {
    /** 待筛查: invited, first stage not yet done. */
    INVITED,
    /** 拒绝筛查. */
    DECLINED,
    /** 初筛阴性: done for this round. */
    NEGATIVE,
    /** 初筛阳性·已转诊: referred to the diagnostic step, the clock runs. */
    REFERRED,
    /** 已完成诊断性检查: the diagnostic step's result is recorded. */
    COMPLETED,
    /** 拒绝进一步检查: positive, refused the diagnostic step. */
    FOLLOW_UP_DECLINED;

    public boolean screened() {
        return this == NEGATIVE || positive();
    }

    public boolean positive() {
        return this == REFERRED || this == COMPLETED || this == FOLLOW_UP_DECLINED;
    }
}
