package org.regionalhealth.populationscreening;

/** The family doctor's lists; labels {@code enum.WorklistView.*}. */
public enum WorklistView {
    /** 待筛查: invited, first stage not done. */
    DUE,
    /** 阳性待检查: referred, clock still running. */
    POSITIVE,
    /** 逾期未检查: referred, clock run out. */
    OVERDUE
}
