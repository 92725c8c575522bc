package org.regionalhealth.ecg.callback;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.ecg.CriticalFinding;

/**
 * A critical finding as the chest-pain centre sees it: who, from where, what, and the clock from the ECG's time.
 *
 * @param ecgAt when the ECG was recorded: the reperfusion clock starts here (first medical contact)
 * @param treatedAt reperfusion (STEMI) or treatment done: the clock stops here
 */
public record ChestPainAlert(
        long recordingId,
        CriticalFinding finding,
        long residentId,
        String stationName,
        String centreName,
        String conclusion,
        String reportedByName,
        Instant ecgAt,
        Instant notifiedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant arrivedAt,
        @Nullable Instant treatedAt) {

    /** Minutes on the clock: from the ECG to the treatment, or to now while it runs. */
    public long clockMinutes(Instant now) {
        return Duration.between(ecgAt, treatedAt != null ? treatedAt : now).toMinutes();
    }

    /** Minutes from the ECG to the report and alert. */
    public long ecgToAlertMinutes() {
        return Duration.between(ecgAt, notifiedAt).toMinutes();
    }

    /** Door-to-treatment minutes once the patient arrived and was treated, or {@code null}. */
    public @Nullable Long doorToTreatmentMinutes() {
        return arrivedAt == null || treatedAt == null
                ? null
                : Duration.between(arrivedAt, treatedAt).toMinutes();
    }

    public boolean open() {
        return treatedAt == null;
    }

    /** The next step the centre records, or {@code null} when done. */
    public @Nullable CallBackStep nextStep() {
        if (acknowledgedAt == null) {
            return CallBackStep.CENTRE_ACKNOWLEDGED;
        }
        if (arrivedAt == null) {
            return CallBackStep.PATIENT_ARRIVED;
        }
        return treatedAt == null ? CallBackStep.TREATED : null;
    }
}
