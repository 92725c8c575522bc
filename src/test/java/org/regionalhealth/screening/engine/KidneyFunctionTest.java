package org.regionalhealth.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.residents.Sex;

/**
 * CKD-EPI 2021 (Inker et al., NEJM 2021; equation as published by the NKF). Expected values: the equation evaluated
 * by hand; the rounded integers are what the NKF calculator reports (e.g. man, 50 years, Scr 1.0 mg/dL → 92).
 */
class KidneyFunctionTest {

    @ParameterizedTest(name = "Scr {0} µmol/L, {1} y, {2} → {3}")
    @CsvSource({
        "88.4, 50, MALE, 91.69",
        "88.4, 50, FEMALE, 68.63",
        "176.8, 70, MALE, 35.24",
        "265.2, 65, FEMALE, 16.73",
        "53.04, 30, FEMALE, 123.76"
    })
    void matchesTheEquation(double scr, int age, Sex sex, double expected) {
        assertThat(KidneyFunction.ckdEpi2021(scr, age, sex)).isCloseTo(expected, within(0.01));
    }

    @Test
    void atTheKneeOfTheSplineOnlyAgeAndSexRemain() {
        // Scr = κ (0.9 mg/dL men, 0.7 mg/dL women): eGFR = 142 × 0.9938^age (× 1.012)
        assertThat(KidneyFunction.ckdEpi2021(0.9 * 88.4, 40, Sex.MALE))
                .isCloseTo(142 * Math.pow(0.9938, 40), within(1e-9));
        assertThat(KidneyFunction.ckdEpi2021(0.7 * 88.4, 40, Sex.FEMALE))
                .isCloseTo(142 * Math.pow(0.9938, 40) * 1.012, within(1e-9));
    }

    @Test
    void roundsToTheCalculatorFigures() {
        assertThat(Math.round(KidneyFunction.ckdEpi2021(88.4, 50, Sex.MALE))).isEqualTo(92);
        assertThat(Math.round(KidneyFunction.ckdEpi2021(88.4, 50, Sex.FEMALE))).isEqualTo(69);
    }

    @Test
    void refusesChildrenAndNonsense() {
        assertThatThrownBy(() -> KidneyFunction.ckdEpi2021(50, 12, Sex.MALE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KidneyFunction.ckdEpi2021(0, 40, Sex.MALE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KidneyFunction.ckdEpi2021(80, 40, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cockcroftGaultMatchesTheEquation() {
        // (140 − 60) × 72 kg / (72 × 1.0 mg/dL) = 80 ml/min; women × 0.85
        assertThat(KidneyFunction.cockcroftGault(88.4, 60, 72, Sex.MALE)).isCloseTo(80, within(1e-9));
        assertThat(KidneyFunction.cockcroftGault(88.4, 60, 72, Sex.FEMALE)).isCloseTo(68, within(1e-9));
        // twice the creatinine halves the clearance
        assertThat(KidneyFunction.cockcroftGault(176.8, 60, 72, Sex.MALE)).isCloseTo(40, within(1e-9));
        assertThatThrownBy(() -> KidneyFunction.cockcroftGault(88.4, 17, 60, Sex.MALE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KidneyFunction.cockcroftGault(88.4, 40, 0, Sex.MALE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
