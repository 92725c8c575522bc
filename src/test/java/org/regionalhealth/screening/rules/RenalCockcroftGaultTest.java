package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withCreatinine;
import static org.regionalhealth.screening.ScreeningCopies.withWeight;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/**
 * RENAL on a label cut-off given as creatinine clearance (trimetazidine: 肌酐清除率 &lt; 30 ml/min 禁用): Cockcroft–Gault
 * from weight, age, sex and creatinine, not CKD-EPI eGFR (issue 14). A 68-year-old man with creatinine 2.0 mg/dL
 * (176.8 µmol/L) has CrCl = weight / 2 and a CKD-EPI eGFR of about 36 — above the cut-off, so only Cockcroft–Gault
 * finds the contraindication in a light patient.
 */
class RenalCockcroftGaultTest {

    private static final double SCR_2_MG_DL = 176.8;

    private static PatientContext man68(Double weightKg) {
        PatientContext p = withCreatinine(aged(68, Sex.MALE), SCR_2_MG_DL, TODAY.minusDays(3));
        return weightKg == null ? p : withWeight(p, weightKg);
    }

    private static Verdict trimetazidine(PatientContext patient) {
        return screen(rx(oral("曲美他嗪片", 20, "mg", "tid", 7)).build(), patient);
    }

    @Test
    void justBelowTheClearanceCutOffIsContraindicated() {
        assertThat(trimetazidine(man68(59.8)).findingsOf("RENAL"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T4);
                    assertThat(f.message()).contains("肌酐清除率=29.9", "Cockcroft–Gault", "肌酐清除率<30");
                });
    }

    @Test
    void atAndAboveTheCutOffThereIsNoFinding() {
        assertThat(trimetazidine(man68(60.0)).findingsOf("RENAL")).isEmpty();
        assertThat(trimetazidine(man68(60.2)).findingsOf("RENAL")).isEmpty();
    }

    @Test
    void withoutAWeightTheFindingSaysSoAndTheEgfrStandsIn() {
        assertThat(trimetazidine(man68(null)).findingsOf("RENAL"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T0);
                    assertThat(f.message()).contains("未记录体重", "eGFR");
                });
        // with a low creatinine-derived eGFR the contraindication still fires, with the caveat
        PatientContext severe = withCreatinine(aged(68, Sex.MALE), 300.0, TODAY.minusDays(3));
        assertThat(trimetazidine(severe).findingsOf("RENAL")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T4);
            assertThat(f.message()).contains("未记录体重", "暂以eGFR近似");
        });
    }

    @Test
    void aLabelGivenInEgfrStillUsesTheEgfr() {
        // metformin: eGFR < 30 contraindicated (eGFR basis); CKD-EPI at 2.0 mg/dL ≈ 36 → no contraindication
        Verdict v = screen(rx(oral("二甲双胍片", 0.5, "g", "bid", 7)).build(), man68(40.0));
        assertThat(v.findingsOf("RENAL")).allSatisfy(f -> {
            assertThat(f.tier()).isNotEqualTo(Tier.T4);
            assertThat(f.message()).doesNotContain("Cockcroft");
        });
    }
}
