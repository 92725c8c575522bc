package org.regionalhealth.familydoctor.worklist;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the village doctor's worklist.
 *
 * @param list DUE, OVERDUE, RECHECK, REFERRAL or RENEWAL
 * @param refId the chronic patient (DUE, OVERDUE, RECHECK), referral (REFERRAL) or contract (RENEWAL)
 * @param patientId the chronic patient to open, where there is one
 * @param method suggested contact: CLINIC, HOME or PHONE
 */
public record WorkItem(
        String list,
        long refId,
        @Nullable Long patientId,
        long residentId,
        String name,
        String sex,
        int age,
        @Nullable String phone,
        String what,
        LocalDate due,
        long daysOverdue,
        String method) {}
