package org.regionalhealth.healthcity;

/** Where a department submission stands in the two-level approval. */
public enum SubmissionState {
    /** 待部门审核: submitted by an officer, waiting for a second person of the department. */
    SUBMITTED,
    /** 待区爱卫办审定: approved by the department, waiting for the district's final approval. */
    DEPARTMENT_APPROVED,
    /** 已审定: the values are in the evaluation. */
    APPROVED,
    /** 已退回: returned with a reason; the department corrects and submits again. */
    RETURNED
}
