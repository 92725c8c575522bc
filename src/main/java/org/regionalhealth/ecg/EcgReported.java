package org.regionalhealth.ecg;

import java.time.Instant;

/**
 * An ECG physician reported a station's ECG (published in the reporting transaction). A critical report (suspected
 * STEMI) starts the call-back to the sending station.
 *
 * @param recordingId the ECG
 * @param residentId the patient
 * @param stationUnitId the sending station
 * @param critical whether the report is a critical finding with a call-back
 * @param conclusion the physician's conclusion
 * @param uploadedAt when the station uploaded it
 * @param reportedAt when the report was signed
 */
public record EcgReported(
        long recordingId,
        long residentId,
        long stationUnitId,
        boolean critical,
        String conclusion,
        Instant uploadedAt,
        Instant reportedAt) {}
