package org.regionalhealth.dataspace;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;
import org.regionalhealth.dataspace.privacy.Column;
import org.regionalhealth.dataspace.privacy.Deidentified;
import org.regionalhealth.dataspace.privacy.Deidentifier;
import org.regionalhealth.dataspace.privacy.FieldRole;
import org.regionalhealth.dataspace.privacy.Hierarchy;
import org.regionalhealth.dataspace.privacy.KAnonymity;
import org.regionalhealth.dataspace.privacy.KAnonymityGate;
import org.regionalhealth.dataspace.privacy.Microdata;

/**
 * The k-anonymity gate over two million rows (issue 23: < 10 s), and the whole de-identification (Datafly search plus
 * the gate) over the same rows as stored. Rows: age, sex, town (27), visit date (3 years) as quasi-identifiers and a
 * diagnosis. Each operation takes seconds, so each is timed once (SingleShotTime: 2 warm-ups, 5 measured). Run: see
 * docs/benchmarks.md (§Trusted data space).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class KAnonymityBenchmark {

    static final int ROWS = 2_000_000;

    static final List<Column> COLUMNS = List.of(
            new Column("AGE", "年龄", FieldRole.QUASI_IDENTIFIER, Hierarchy.AGE),
            new Column("SEX", "性别", FieldRole.QUASI_IDENTIFIER, Hierarchy.SEX),
            new Column("TOWN", "镇街", FieldRole.QUASI_IDENTIFIER, Hierarchy.TOWN),
            new Column("VISIT_DATE", "就诊日期", FieldRole.QUASI_IDENTIFIER, Hierarchy.DATE),
            new Column("DIAGNOSIS", "诊断", FieldRole.SENSITIVE, Hierarchy.NONE));

    private Microdata raw;
    private List<String[]> generalised;

    @Setup
    public void setUp() {
        var random = new SplittableRandom(23);
        var rows = new ArrayList<String[]>(ROWS);
        String[] diagnoses = {"高血压", "2型糖尿病", "高血压合并糖尿病", "无"};
        for (int i = 0; i < ROWS; i++) {
            int day = random.nextInt(3 * 365);
            var date = java.time.LocalDate.of(2023, 1, 1).plusDays(day).toString();
            rows.add(new String[] {
                String.valueOf(18 + random.nextInt(80)),
                random.nextBoolean() ? "男" : "女",
                "镇街" + random.nextInt(27),
                date,
                diagnoses[random.nextInt(4)]
            });
        }
        raw = new Microdata(COLUMNS, rows);
        // the release levels a district-wide file would reach: 5-year bands, sex, town, month
        generalised = Deidentifier.generalise(raw, new int[] {1, 0, 0, 1, 0});
    }

    /** The gate alone: group two million generalised rows and check the smallest group against k = 5. */
    @Benchmark
    public KAnonymity.Groups gate() {
        return KAnonymityGate.check(COLUMNS, generalised, 5);
    }

    /** The whole de-identification of two million stored rows at k = 5, then the gate. */
    @Benchmark
    public Deidentified deidentifyAndGate() {
        var released = Deidentifier.deidentify(raw, 5, 0.02);
        KAnonymityGate.check(released.columns(), released.rows(), 5);
        return released;
    }
}
