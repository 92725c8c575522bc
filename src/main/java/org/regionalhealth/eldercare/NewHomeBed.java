package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A family-sickbed admission as the doctor enters it; a missing field is {@code null}.
 *
 * @param requirementsMet the numbers (0-based) of the rule's requirements the doctor confirmed
 * @param admittedOn the day of admission; {@code null} for today (an earlier day records a late entry)
 * @param visitIntervalDays days between doctor's visits; {@code null} for the rule's longest interval
 */
public record NewHomeBed(
        long residentId,
        @Nullable String indication,
        @Nullable String diagnosis,
        @Nullable Long doctorStaffId,
        @Nullable String caregiver,
        Set<Integer> requirementsMet,
        @Nullable LocalDate admittedOn,
        @Nullable Integer visitIntervalDays) {}
