package org.regionalhealth.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withAllergies;
import static org.regionalhealth.screening.ScreeningCopies.withCreatinine;
import static org.regionalhealth.screening.ScreeningCopies.withDiagnoses;
import static org.regionalhealth.screening.ScreeningCopies.withEgfr;
import static org.regionalhealth.screening.ScreeningCopies.withHistory;
import static org.regionalhealth.screening.ScreeningCopies.withLiver;
import static org.regionalhealth.screening.ScreeningCopies.withPregnant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.residents.Sex;

/** Line order never changes the findings; random prescriptions never break the engine. */
class ScreeningPropertiesTest {

    private static final List<String> NAMES = ScreeningFixtures.KB.generics().stream()
            .map(Generic::nameZh)
            .sorted()
            .toList();
    private static final List<String> EXTRA =
            List.of("维C银翘片", "附子", "半夏", "细辛", "不存在的药", "阿司匹林肠溶片", "注射用头孢曲松钠", "乳酸钠林格注射液", "");

    @Provide
    Arbitrary<PrescriptionLine> lines() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.of(EXTRA));
        Arbitrary<String> route =
                Arbitraries.of("口服", "静脉滴注", "肌内注射", "外用", "ivgtt", "po", "鼻饲").injectNull(0.2);
        Arbitrary<String> form =
                Arbitraries.of("片剂", "肠溶片", "缓释片", "注射剂", "粉针剂", "胶囊").injectNull(0.3);
        Arbitrary<Double> dose = Arbitraries.doubles().between(0, 5000).injectNull(0.1);
        Arbitrary<String> unit = Arbitraries.of("mg", "g", "µg", "片", "粒", "ml", "IU", "支", "xyz")
                .injectNull(0.1);
        Arbitrary<String> freq = Arbitraries.of(
                        "qd", "bid", "tid", "qid", "qn", "q8h", "q12h", "prn", "st", "qw", "???")
                .injectNull(0.1);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 120).injectNull(0.2);
        Arbitrary<Double> quantity = Arbitraries.doubles().between(0, 500).injectNull(0.3);
        Arbitrary<String> strength =
                Arbitraries.of("10mg", "1ml:10mg", "0.5g", "abc", "100ml:2g").injectNull(0.4);
        Arbitrary<String> group = Arbitraries.of("1", "2").injectNull(0.5);
        Arbitrary<SkinTestResult> skin = Arbitraries.of(SkinTestResult.class).injectNull(0.6);
        return Combinators.combine(name, route, form, dose, unit, freq, days, quantity)
                .as((n, r, f, d, u, q, dd, qty) ->
                        new PrescriptionLine(n, null, null, f, r, d, u, q, dd, qty, "片", null, null, null))
                .flatMap(l -> Combinators.combine(strength, group, skin)
                        .as((s, g, k) -> new PrescriptionLine(
                                l.drugName(),
                                l.drugCode(),
                                s,
                                l.form(),
                                l.route(),
                                l.dose(),
                                l.doseUnit(),
                                l.frequency(),
                                l.days(),
                                l.quantity(),
                                l.quantityUnit(),
                                g,
                                k,
                                l.drugName().hashCode() % 7 == 0 ? "遵医嘱" : null)));
    }

    @Provide
    Arbitrary<Prescription> prescriptions() {
        return Combinators.combine(
                        lines().list().ofMinSize(0).ofMaxSize(8),
                        Arbitraries.of(Setting.class),
                        Arbitraries.of(PrescriptionType.class),
                        Arbitraries.of(AntimicrobialGrade.class).injectNull(0.3),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 6).injectNull(0.5),
                        Arbitraries.of(true, false))
                .as((lines, setting, type, grade, village, validity, longTerm) -> ScreeningFixtures.rx()
                        .lines(lines)
                        .setting(setting)
                        .type(type)
                        .prescriber(new Prescriber("D", "医生", true, !village, grade, village))
                        .validityDays(validity)
                        .longTerm(longTerm)
                        .build());
    }

    @Provide
    Arbitrary<PatientContext> patients() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 36500),
                        Arbitraries.of(Sex.class),
                        Arbitraries.of(true, false),
                        Arbitraries.doubles().between(1, 150).injectNull(0.3),
                        Arbitraries.doubles().between(20, 1000).injectNull(0.5),
                        Arbitraries.of("青霉素", "头孢类", "海鲜", "无", "磺胺").list().ofMaxSize(2))
                .as((ageDays, sex, pregnant, egfr, scr, allergies) -> withHistory(
                        withDiagnoses(
                                withLiver(
                                        withAllergies(
                                                withCreatinine(
                                                        withEgfr(
                                                                withPregnant(
                                                                        PatientContext.of(
                                                                                ScreeningFixtures.TODAY.minusDays(
                                                                                        ageDays),
                                                                                sex),
                                                                        pregnant && sex == Sex.FEMALE),
                                                                egfr,
                                                                ScreeningFixtures.TODAY.minusDays(5)),
                                                        scr,
                                                        ScreeningFixtures.TODAY.minusDays(1)),
                                                allergies.toArray(String[]::new)),
                                        LiverImpairment.MODERATE),
                                Diagnosis.of("J45.9", "哮喘"),
                                Diagnosis.of("F90.0", "多动症")),
                        new DispensedMedicine("克拉霉素", "X", ScreeningFixtures.TODAY.minusDays(1), 7)));
    }

    @Property(tries = 300)
    void theOrderOfTheLinesDoesNotChangeTheFindings(
            @ForAll("prescriptions") Prescription prescription,
            @ForAll("patients") PatientContext patient,
            @ForAll long seed) {
        List<PrescriptionLine> shuffled = new ArrayList<>(prescription.lines());
        Collections.shuffle(shuffled, new Random(seed));
        Verdict a = ScreeningFixtures.screen(prescription, patient);
        Verdict b = ScreeningFixtures.screen(
                prescription.toBuilder().lines(shuffled).build(), patient);
        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.action()).isEqualTo(a.action());
    }

    @Property(tries = 500)
    void randomPrescriptionsAreAlwaysScreened(
            @ForAll("prescriptions") Prescription prescription, @ForAll("patients") PatientContext patient) {
        Verdict v = ScreeningFixtures.screen(prescription, patient);
        assertThat(v.status()).as(v.failure()).isEqualTo(Verdict.Status.SCREENED);
    }
}
