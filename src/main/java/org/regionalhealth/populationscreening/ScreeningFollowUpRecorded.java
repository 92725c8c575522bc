package org.regionalhealth.populationscreening;

import java.time.LocalDate;

/** The diagnostic step after a positive first stage was recorded (colonoscopy, autism 复筛 or diagnosis). */
public record ScreeningFollowUpRecorded(
        long participantId, long residentId, Programme programme, FollowUpOutcome outcome, LocalDate on) {}
