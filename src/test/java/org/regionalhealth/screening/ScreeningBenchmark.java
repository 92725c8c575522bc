package org.regionalhealth.screening;

import static org.regionalhealth.screening.ScreeningCopies.withAllergies;
import static org.regionalhealth.screening.ScreeningCopies.withDiagnoses;
import static org.regionalhealth.screening.ScreeningCopies.withEgfr;
import static org.regionalhealth.screening.ScreeningCopies.withHistory;
import static org.regionalhealth.screening.ScreeningCopies.withWeight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.engine.ScreeningEngine;
import org.regionalhealth.screening.rules.RuleCatalog;

/**
 * In-process screening throughput, single thread: 3-drug outpatient prescriptions drawn from the full knowledge base
 * (random generics by product name, a labelled dose and frequency, 7 days), a 68-year-old patient with an eGFR, an
 * allergy and two active regional-history medicines, all 42 rules. Target ≥ 20,000 prescriptions/s on one core.
 * Run: {@code flock /tmp/mvn.lock ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=ScreeningBenchmark}, or with
 * JMH's main on the test classpath (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ScreeningBenchmark {

    private static final int N = 1024;

    private KnowledgeSnapshot kb;
    private ScreeningEngine engine;
    private Prescription[] prescriptions;
    private PatientContext patient;
    private int next;

    @Setup
    public void setUp() {
        kb = ScreeningFixtures.KB;
        engine = new ScreeningEngine(RuleCatalog.standard(), ScreeningProperties.defaults());
        List<Generic> generics = new ArrayList<>(kb.generics());
        generics.sort((a, b) -> a.id().compareTo(b.id()));
        Random random = new Random(20261201);
        prescriptions = new Prescription[N];
        for (int i = 0; i < N; i++) {
            List<PrescriptionLine> lines = new ArrayList<>(3);
            for (int j = 0; j < 3; j++) {
                lines.add(line(generics.get(random.nextInt(generics.size()))));
            }
            prescriptions[i] = ScreeningFixtures.rx().id("RX-" + i).lines(lines).build();
        }
        patient = withHistory(
                withDiagnoses(
                        withAllergies(
                                withEgfr(
                                        withWeight(ScreeningFixtures.aged(68, Sex.FEMALE), 58.0),
                                        52.0,
                                        ScreeningFixtures.TODAY.minusDays(20)),
                                "青霉素"),
                        Diagnosis.of("E11.9", "2型糖尿病")),
                new DispensedMedicine("二甲双胍缓释片", "XS-CHC-03", ScreeningFixtures.TODAY.minusDays(10), 30),
                new DispensedMedicine("苯磺酸氨氯地平片", "XS-CHC-03", ScreeningFixtures.TODAY.minusDays(10), 30));
    }

    private static PrescriptionLine line(Generic g) {
        Generic.DosageForm form = g.forms().isEmpty() ? null : g.forms().get(0);
        String name = g.nameZh() + (form == null ? "" : form.form());
        String unit = g.dose() == null ? "片" : g.dose().unit();
        DoseRange range = g.dose() == null
                ? null
                : g.dose().adultFor(form == null ? null : form.route()).orElse(null);
        double dose = range != null && range.perDoseMin() != null ? range.perDoseMin() : 1;
        String frequency = range != null && !range.frequencies().isEmpty()
                ? range.frequencies().get(0)
                : "qd";
        return PrescriptionLine.of(
                name, form == null ? null : form.form(), form == null ? null : form.route(), dose, unit, frequency, 7);
    }

    @Benchmark
    public Verdict screenThreeDrugPrescription() {
        Prescription p = prescriptions[next++ & (N - 1)];
        return engine.screen(kb, p, patient, ScreeningFixtures.TODAY, Instant.EPOCH);
    }
}
