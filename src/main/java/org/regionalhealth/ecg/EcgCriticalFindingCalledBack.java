package org.regionalhealth.ecg;

import java.time.Instant;

/**
 * An ECG physician reported a critical finding: the sending station was called back and the chest-pain centre of the
 * station's medical community was alerted (published in the reporting transaction). No personal data beyond the
 * resident's id; the emergency side may link it to an arrest or a transport.
 *
 * @param recordingId the ECG
 * @param residentId the patient
 * @param stationUnitId the sending station
 * @param finding what was found
 * @param ecgAt when the ECG was recorded (the reperfusion clock's start)
 * @param centreUnitId the chest-pain centre's hospital
 * @param reportedAt when the report was signed and both were called
 */
public record EcgCriticalFindingCalledBack(
        long recordingId,
        long residentId,
        long stationUnitId,
        CriticalFinding finding,
        Instant ecgAt,
        long centreUnitId,
        Instant reportedAt) {}
