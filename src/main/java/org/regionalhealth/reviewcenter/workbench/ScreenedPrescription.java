package org.regionalhealth.reviewcenter.workbench;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.Verdict;

/**
 * A prescription just stored with its screening (first submission or revision), as the submission hands it to the
 * workflow inside its own transaction.
 *
 * @param birthDate the patient's, for paediatric routing; {@code null} when unknown
 * @param actor the account that submitted or modified it
 */
public record ScreenedPrescription(
        long prescriptionId,
        int revision,
        long institutionId,
        String institutionPath,
        Prescription prescription,
        @Nullable LocalDate birthDate,
        boolean cancerPainRegistered,
        Verdict verdict,
        String actor) {}
