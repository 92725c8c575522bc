package org.regionalhealth.populationscreening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.residents.Sex;

/**
 * One resident in one round of a programme.
 *
 * @param roundKey the round: the year for colorectal ({@code 2026}), the screening age for autism ({@code M18},
 *     {@code Y4})
 * @param name the resident's name as the index holds it (pages mask it by the reader's disclosure)
 * @param townCode the 9-digit town the resident lives in
 * @param unitPath the managing unit's path (scope)
 * @param findings what the first stage found: questionnaire items ({@link ColorectalRisk}) or warning signs
 * @param reasons why the first stage is positive ({@code FIT}, {@code QUESTIONNAIRE}, {@code WARNING_SIGN})
 * @param dueOn the last day of the referral clock; overdue from the day after
 * @param measures measured values of the first stage by code (spine ATR in degrees, COPD pack-years and BMI)
 * @param score the questionnaire's total (COPD-SQ), when the programme has one
 * @param sourceUnitId the school whose health teacher recorded the first stage (spine), if any
 */
public record Participant(
        long id,
        Programme programme,
        String roundKey,
        long residentId,
        String name,
        Sex sex,
        LocalDate birthDate,
        String townCode,
        String unitPath,
        ParticipantState state,
        LocalDate invitedOn,
        @Nullable LocalDate screenedOn,
        List<String> findings,
        @Nullable Boolean fit1,
        @Nullable Boolean fit2,
        List<String> reasons,
        @Nullable LocalDate referredOn,
        @Nullable LocalDate dueOn,
        @Nullable LocalDate followUpOn,
        @Nullable FollowUpOutcome outcome,
        @Nullable String note,
        Map<String, BigDecimal> measures,
        @Nullable Integer score,
        @Nullable Long sourceUnitId) {

    /** Referred, no result of the diagnostic step yet, and the clock's last day has passed. */
    public boolean overdue(LocalDate today) {
        return state == ParticipantState.REFERRED && dueOn != null && today.isAfter(dueOn);
    }

    /** Days past the referral's last day (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }
}
