package org.regionalhealth.populationscreening;

import java.time.LocalDate;

/** A first-stage result was recorded; {@code positive} means the resident was referred to the diagnostic step. */
public record ScreeningResultRecorded(
        long participantId, long residentId, Programme programme, boolean positive, LocalDate screenedOn) {}
