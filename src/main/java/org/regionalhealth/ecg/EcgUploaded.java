package org.regionalhealth.ecg;

import java.time.Instant;

/**
 * A station uploaded a 12-lead ECG and its automatic pre-read was stored (published in the upload transaction).
 *
 * @param recordingId the ECG
 * @param residentId the patient
 * @param stationUnitId the sending station
 * @param suspectedStemi the pre-read suspects an ST-elevation myocardial infarction
 * @param suspectedAf the pre-read suspects atrial fibrillation
 * @param uploadedAt when
 */
public record EcgUploaded(
        long recordingId,
        long residentId,
        long stationUnitId,
        boolean suspectedStemi,
        boolean suspectedAf,
        Instant uploadedAt) {}
