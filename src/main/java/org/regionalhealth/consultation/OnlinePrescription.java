package org.regionalhealth.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.residents.Sex;

/**
 * An online prescription as the review center takes it onto the pharmacists' queue: the treating doctor, the
 * diagnosis the follow-up rests on, what screening needs about the patient, and the drug lines.
 *
 * @param unitId the institution of the consultation (where the diagnosis was made)
 * @param prescriber the doctor's account; {@code prescriberName} the real name
 */
public record OnlinePrescription(
        long id,
        long consultationId,
        long residentId,
        long unitId,
        LocalDate birthDate,
        Sex sex,
        String diagnosisIcd10,
        String diagnosisText,
        String prescriber,
        String prescriberName,
        List<Line> lines,
        OnlinePrescriptionStatus status,
        Instant createdAt) {

    /** A drug line as the doctor writes it online. */
    public record Line(String drugName, double dose, String doseUnit, String frequency, int days) {

        /** 5 rather than 5.0; 2.5 stays. */
        public String doseText() {
            return dose == Math.rint(dose) ? Long.toString((long) dose) : Double.toString(dose);
        }
    }
}
