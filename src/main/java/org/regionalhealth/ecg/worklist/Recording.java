package org.regionalhealth.ecg.worklist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.ecg.signal.Lead;

/**
 * An uploaded ECG with its pre-read, its reading and its call-back (without the waveform).
 *
 * @param priority 0 suspected STEMI, 1 suspected AF, 2 routine
 * @param stElevation ST elevation per lead in mV, in {@link Lead} order
 */
public record Recording(
        long id,
        long residentId,
        long stationUnitId,
        String stationUnitPath,
        String stationName,
        String uploadedBy,
        Instant uploadedAt,
        @Nullable LocalDateTime acquiredAt,
        double sampleRate,
        int durationMs,
        boolean derivedLimbLeads,
        int heartRate,
        double rrIrregularity,
        int qrsMs,
        boolean afSuspected,
        boolean stemiSuspected,
        List<Lead> stemiLeads,
        List<Double> stElevation,
        int priority,
        ReadingState state,
        @Nullable String claimedBy,
        @Nullable String claimedByName,
        @Nullable Instant claimedAt,
        @Nullable EcgRhythm rhythm,
        @Nullable Integer rate,
        @Nullable Integer prMs,
        @Nullable Integer qrsReportMs,
        @Nullable Integer qtMs,
        @Nullable String conclusion,
        boolean critical,
        @Nullable String reportedByName,
        @Nullable Instant reportedAt,
        @Nullable Instant callbackAt,
        @Nullable String callbackConfirmedBy,
        @Nullable Instant callbackConfirmedAt) {

    /** Minutes from upload to the call-back (a critical report), or {@code null}. */
    public @Nullable Long uploadToCallbackMinutes() {
        return callbackAt == null
                ? null
                : Duration.between(uploadedAt, callbackAt).toMinutes();
    }

    /** Minutes from the call-back to the station's confirmation, or {@code null}. */
    public @Nullable Long callbackToConfirmationMinutes() {
        return callbackAt == null || callbackConfirmedAt == null
                ? null
                : Duration.between(callbackAt, callbackConfirmedAt).toMinutes();
    }

    public boolean awaitingConfirmation() {
        return callbackAt != null && callbackConfirmedAt == null;
    }

    /** QTc by Bazett (QT ÷ √RR), when the report has QT and rate. */
    public @Nullable Integer qtcMs() {
        if (qtMs == null || rate == null || rate <= 0) {
            return null;
        }
        return (int) Math.round(qtMs / Math.sqrt(60.0 / rate));
    }

    public double st(Lead lead) {
        return stElevation.get(lead.ordinal());
    }
}
