package org.regionalhealth.ecg;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
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
import org.regionalhealth.ecg.preread.PreRead;
import org.regionalhealth.ecg.preread.PreReader;
import org.regionalhealth.ecg.preread.StemiCriteria;
import org.regionalhealth.ecg.signal.AecgParser;
import org.regionalhealth.ecg.signal.AecgWriter;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.ecg.signal.SyntheticEcg;
import org.regionalhealth.residents.Sex;

/**
 * Ingest and pre-read of one 10 s 12-lead ECG at 500 Hz (issue 20, target < 200 ms): read and validate the HL7 aECG
 * file (≈ 330 kB, 60,000 samples) and run the pre-read (Pan–Tompkins, rate, AF, ST per lead, STEMI criteria), single
 * thread, per operation. The database insert is not included (one row). Run: {@code flock /tmp/mvn.lock ./mvnw -B -o
 * -Pbench test-compile exec:exec -Dbench=EcgPreReadBenchmark} (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EcgPreReadBenchmark {

    private byte[] file;
    private AecgParser parser;
    private PreReader reader;

    @Setup
    public void setUp() {
        var record = SyntheticEcg.generate(SyntheticEcg.Spec.sinus(80, 1).withSt(Map.of(Lead.II, 0.2)));
        file = AecgWriter.write(
                        record.signal(),
                        new AecgWriter.Header(
                                "bench",
                                "330109195803021234",
                                "M",
                                LocalDate.of(1958, 3, 2),
                                LocalDateTime.of(2026, 12, 1, 9, 0),
                                "bench"))
                .getBytes(StandardCharsets.UTF_8);
        parser = new AecgParser(5, 60);
        reader = new PreReader(StemiCriteria.standard(), 0.1);
    }

    @Benchmark
    public PreRead ingestAndPreRead() {
        var parsed = parser.parse(file);
        return reader.read(parsed.signal(), Sex.MALE, 68);
    }
}
