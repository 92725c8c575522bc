package org.regionalhealth.childcare;

import org.jspecify.annotations.Nullable;

/**
 * A subsidy application as the parent (or a clerk on their behalf) files it.
 *
 * @param period the calendar year applied for
 * @param hukouTown the town of the child's 户籍 (9-digit code), or {@code OTHER} outside the district
 * @param relation 父亲, 母亲 or 其他监护人
 * @param employed the applicant declares employment in the district (the young-worker allowance needs it)
 * @param applicantResidentId the applicant's own record when they apply on the phone
 */
public record NewApplication(
        String scheme,
        int period,
        String childIdNumber,
        String childName,
        String hukouTown,
        String applicantName,
        String applicantPhone,
        String relation,
        boolean employed,
        String bankAccount,
        @Nullable Long applicantResidentId) {}
