package org.regionalhealth.screening.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.ScreeningProperties;

/**
 * Everything one screening sees: the prescription, the patient, one knowledge-base snapshot, the resolved lines (in
 * a canonical order, so that the order in which lines were written cannot change any finding) and the active
 * regional history.
 *
 * @param prescription the prescription
 * @param patient the patient
 * @param today the screening date
 * @param kb the knowledge-base snapshot used for the whole screening
 * @param settings engine settings
 * @param lines the prescription's lines, canonically ordered
 * @param history active regional-history medicines, resolved, canonically ordered (unknown ones left out)
 * @param egfr the renal estimate to use
 * @param clearance the Cockcroft–Gault creatinine clearance, or why it could not be computed; {@code null} when no
 *     recent creatinine is known
 */
public record ScreeningContext(
        Prescription prescription,
        PatientContext patient,
        LocalDate today,
        KnowledgeSnapshot kb,
        ScreeningProperties settings,
        List<ResolvedLine> lines,
        List<ResolvedLine> history,
        RenalEstimate egfr,
        Clearance clearance) {

    /**
     * Creatinine clearance by Cockcroft–Gault, for labels whose renal cut-off is a CrCl.
     *
     * @param value ml/min, {@code null} when it could not be computed
     * @param date date of the creatinine result
     * @param creatinineUmolPerL the creatinine
     * @param weightKg the weight used, {@code null} when none is recorded
     * @param missing why it could not be computed (Chinese, shown), {@code null} when computed
     */
    public record Clearance(Double value, LocalDate date, Double creatinineUmolPerL, Double weightKg, String missing) {

        public String describe() {
            if (value == null) {
                return missing;
            }
            String v = "肌酐清除率=" + Units.format(Math.round(value * 10) / 10.0) + " ml/min（Cockcroft–Gault，血肌酐"
                    + Units.format(creatinineUmolPerL) + "µmol/L、体重" + Units.format(weightKg) + "kg）";
            return date == null ? v : v + "，" + date;
        }
    }

    /**
     * The eGFR used for renal checks.
     *
     * @param value ml/min/1.73 m²
     * @param date date of the underlying result
     * @param computed computed from creatinine with CKD-EPI 2021 (else reported)
     * @param creatinineUmolPerL the creatinine it was computed from
     */
    public record RenalEstimate(double value, LocalDate date, boolean computed, Double creatinineUmolPerL) {

        public String describe() {
            String v = "eGFR=" + Units.format(Math.round(value * 10) / 10.0) + " ml/min/1.73m²";
            if (computed) {
                v += "（据血肌酐" + Units.format(creatinineUmolPerL) + "µmol/L按CKD-EPI 2021计算）";
            }
            return date == null ? v : v + "，" + date;
        }
    }

    /** Prescription lines and active history, prescription first. */
    public List<ResolvedLine> linesAndHistory() {
        List<ResolvedLine> all = new ArrayList<>(lines);
        all.addAll(history);
        return all;
    }

    /** The patient's age in fractional years, {@code null} when the birth date is unknown. */
    public Double ageYears() {
        return patient.exactAgeInYears(today);
    }

    /** Diagnoses on the prescription and in the patient's problem list. */
    public List<Diagnosis> allDiagnoses() {
        List<Diagnosis> all = new ArrayList<>(prescription.diagnoses());
        all.addAll(patient.diagnoses());
        return all;
    }

    /** Whether any diagnosis has one of the ICD-10 prefixes. */
    public boolean hasDiagnosis(String... prefixes) {
        for (Diagnosis d : allDiagnoses()) {
            for (String p : prefixes) {
                if (d.hasCodePrefix(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The knowledge-base version cited by every finding. */
    public String kbVersion() {
        return kb.version().version();
    }
}
