package org.regionalhealth.surveillance.channels;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A notifiable-disease case report as a hospital sends it (the fields of the national report card the rules use).
 *
 * @param disease disease code (see {@code Categories.DISEASES})
 * @param status {@code suspected}, {@code clinical} or {@code lab}
 * @param addressCode 12-digit village/community code of the current address (or the 9-digit town code)
 * @param schoolCode for pupils: the school's unit code; {@code grade} and {@code className} their class
 */
public record CaseReport(
        @Nullable String disease,
        @Nullable String status,
        @Nullable LocalDate onsetDate,
        @Nullable LocalDate diagnosisDate,
        @Nullable String patientName,
        @Nullable String addressCode,
        @Nullable String schoolCode,
        @Nullable Integer grade,
        @Nullable String className) {}
