package org.regionalhealth.screening.engine;

import org.regionalhealth.residents.Sex;

/**
 * eGFR from serum creatinine by the 2021 CKD-EPI creatinine equation without a race term (Inker LA et al., "New
 * Creatinine- and Cystatin C–Based Equations to Estimate GFR without Race", N Engl J Med 2021;385:1737–49):
 *
 * <pre>
 * eGFR = 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [female]
 * κ = 0.7 (female), 0.9 (male); α = −0.241 (female), −0.302 (male); Scr in mg/dL
 * </pre>
 *
 * Valid for adults (18 years and older) only; children need the bedside Schwartz equation, which needs height.
 */
public final class KidneyFunction {

    /** µmol/L per mg/dL of creatinine (molar mass 113.12 g/mol). */
    public static final double UMOL_PER_MG_DL = 88.4;

    private KidneyFunction() {}

    /**
     * Creatinine clearance by Cockcroft–Gault (Cockcroft DW, Gault MH, Nephron 1976;16:31–41), the estimate most labels'
     * renal cut-offs ("肌酐清除率 &lt; 30 ml/min") were written against:
     *
     * <pre>
     * CrCl (ml/min) = (140 − age) × weight (kg) / (72 × Scr mg/dL) × 0.85 [female]
     * </pre>
     *
     * Actual body weight, as the original equation and most labels use it; adults only.
     *
     * @param creatinineUmolPerL serum creatinine, µmol/L
     * @param ageYears age in completed years, at least 18
     * @param weightKg body weight, kg
     * @param sex sex
     * @return CrCl in ml/min (not normalised to body surface)
     * @throws IllegalArgumentException for ages below 18, a missing sex, a non-positive weight or creatinine
     */
    public static double cockcroftGault(double creatinineUmolPerL, int ageYears, double weightKg, Sex sex) {
        if (ageYears < 18) {
            throw new IllegalArgumentException("Cockcroft–Gault is for adults; age " + ageYears);
        }
        if (sex == null) {
            throw new IllegalArgumentException("Cockcroft–Gault needs the sex");
        }
        if (!(creatinineUmolPerL > 0) || !(weightKg > 0)) {
            throw new IllegalArgumentException("creatinine and weight must be positive");
        }
        double scr = creatinineUmolPerL / UMOL_PER_MG_DL;
        double crcl = (140 - ageYears) * weightKg / (72 * scr);
        return sex == Sex.FEMALE ? crcl * 0.85 : crcl;
    }

    /**
     * @param creatinineUmolPerL serum creatinine, µmol/L
     * @param ageYears age in completed years, at least 18
     * @param sex sex
     * @return eGFR in ml/min/1.73 m²
     * @throws IllegalArgumentException for ages below 18, a missing sex or a non-positive creatinine
     */
    public static double ckdEpi2021(double creatinineUmolPerL, int ageYears, Sex sex) {
        if (ageYears < 18) {
            throw new IllegalArgumentException("CKD-EPI 2021 is for adults; age " + ageYears);
        }
        if (sex == null) {
            throw new IllegalArgumentException("CKD-EPI 2021 needs the sex");
        }
        if (!(creatinineUmolPerL > 0)) {
            throw new IllegalArgumentException("creatinine must be positive: " + creatinineUmolPerL);
        }
        double scr = creatinineUmolPerL / UMOL_PER_MG_DL;
        boolean female = sex == Sex.FEMALE;
        double kappa = female ? 0.7 : 0.9;
        double alpha = female ? -0.241 : -0.302;
        double ratio = scr / kappa;
        double egfr = 142
                * Math.pow(Math.min(ratio, 1), alpha)
                * Math.pow(Math.max(ratio, 1), -1.200)
                * Math.pow(0.9938, ageYears);
        return female ? egfr * 1.012 : egfr;
    }
}
