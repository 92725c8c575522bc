package org.regionalhealth.semantic;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.regionalhealth.semantic.model.BgeSmallZhEmbeddings;

/**
 * Cost of the semantic service: the model's load time, the heap and resident memory it adds, one question embedded
 * (no cache), a batch of 64 passages embedded (indexing throughput) and exact nearest-10 over 10,000 and 100,000
 * entries. Sample-time mode (p50/p99 per operation). Run:
 * {@code flock /tmp/mvn.lock ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=SemanticBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class SemanticBenchmark {

    private static final String[] SUBJECTS = {"头孢", "布洛芬", "二甲双胍", "阿托伐他汀", "氨氯地平", "胰岛素", "阿莫西林", "硝苯地平", "华法林", "奥美拉唑"
    };
    private static final String[] ASPECTS = {
        "能喝酒吗", "孕妇能吃吗", "饭前还是饭后吃", "一天吃几次", "有什么副作用", "小孩能吃吗", "怎么保存", "晚上吃还是早上吃", "能掰开吃吗", "和感冒药能一起吃吗"
    };

    private final BgeSmallZhEmbeddings uncached = new BgeSmallZhEmbeddings(0);
    private SemanticIndex<Integer> index10k;
    private SemanticIndex<Integer> index100k;
    private float[][] queries;
    private List<String> passages;
    private int next;

    @Setup
    public void setUp() {
        long heapBefore = usedHeap();
        long rssBefore = residentKb();
        long loadMs = BgeSmallZhEmbeddings.load();
        long heapAfter = usedHeap();
        long rssAfter = residentKb();
        System.out.printf(
                "%nSemantic model: loaded in %,d ms; heap +%,d MB; resident memory +%,d MB (%,d → %,d MB)%n",
                loadMs, (heapAfter - heapBefore) >> 20, (rssAfter - rssBefore) >> 10, rssBefore >> 10, rssAfter >> 10);
        var random = new Random(20261207);
        queries = new float[256][];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = uncached.embed(SUBJECTS[random.nextInt(SUBJECTS.length)] + ASPECTS[i % ASPECTS.length]);
        }
        passages = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            passages.add(SUBJECTS[i % SUBJECTS.length] + "：" + ASPECTS[(i / 10) % ASPECTS.length]
                    + "。服药期间请遵医嘱，按说明书规定的剂量和疗程服用，出现皮疹、呼吸困难等请立即停药并就医。");
        }
        index10k = randomIndex(10_000, random);
        long beforeIndex = usedHeap();
        index100k = randomIndex(100_000, random);
        System.out.printf(
                "Index of 100,000 entries: vectors %,d MB, heap +%,d MB%n",
                index100k.vectorBytes() >> 20, (usedHeap() - beforeIndex) >> 20);
    }

    /** Entries whose vectors are random unit vectors (the scan's cost does not depend on the values). */
    private SemanticIndex<Integer> randomIndex(int size, Random random) {
        var fake = new Embeddings() {
            @Override
            public int dimensions() {
                return 512;
            }

            @Override
            public float[] embed(String text) {
                float[] v = new float[512];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) random.nextGaussian();
                }
                return Embeddings.normalise(v);
            }
        };
        var builder = SemanticIndex.<Integer>builder(fake);
        for (int i = 0; i < size; i++) {
            builder.add("e" + i, "", i);
        }
        return builder.build();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return 0;
    }

    @Benchmark
    public float[] embedQuestion() {
        int i = next++;
        return uncached.embed(SUBJECTS[i % SUBJECTS.length] + ASPECTS[(i / 10) % ASPECTS.length] + i);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<float[]> embedBatchOf64Passages() {
        return uncached.embedAll(passages);
    }

    @Benchmark
    public List<SemanticMatch<Integer>> nearest10Of10k() {
        return index10k.nearest(queries[next++ & 255], 10);
    }

    @Benchmark
    public List<SemanticMatch<Integer>> nearest10Of100k() {
        return index100k.nearest(queries[next++ & 255], 10);
    }
}
