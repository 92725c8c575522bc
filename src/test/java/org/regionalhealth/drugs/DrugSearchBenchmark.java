package org.regionalhealth.drugs;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.regionalhealth.drugs.ask.Answer;
import org.regionalhealth.drugs.ask.DrugQuestions;
import org.regionalhealth.drugs.catalogue.DemoProducts;
import org.regionalhealth.drugs.catalogue.Product;
import org.regionalhealth.drugs.labels.LabelBook;
import org.regionalhealth.drugs.search.SearchFilters;
import org.regionalhealth.drugs.search.SearchIndex;
import org.regionalhealth.drugs.search.SearchResult;

/**
 * In-process drug search and question answering at full scale: 250,000 generated products over the 410 generics of
 * the knowledge base. Queries mix Chinese names, brands, product names with forms, full pinyin, initials, homophone
 * and one-character typos, one-character prefixes, approval numbers and barcodes; questions mix every intent,
 * brands, pinyin and typos, two-drug interaction questions and treatment-decision referrals. Sample-time mode, so
 * JMH prints p50/p99/p99.9 per operation. Targets (issue 8): search p99 < 10 ms, question p99 < 30 ms. The setup
 * prints the heap the catalogue and the index take (used heap after full GC, before and after building).
 * Run: {@code flock /tmp/mvn.lock ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=DrugSearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class DrugSearchBenchmark {

    private static final int PRODUCTS = 250_000;
    private static final int N = 4096;

    private SearchIndex index;
    private LabelBook labels;
    private final DrugQuestions questions =
            new DrugQuestions(org.regionalhealth.semantic.model.BgeSmallZhEmbeddings.shared());
    private String[] queries;
    private String[] asks;
    private int nextQuery;
    private int nextAsk;

    @Setup
    public void setUp() {
        var kb = new DrugKnowledge(new DrugsProperties(null), event -> {}).snapshot();
        labels = LabelBook.load(kb);
        long before = usedHeap();
        List<Product> products = DrugInformationFixtures.withIds(DemoProducts.generate(kb, PRODUCTS, 20260101L));
        long withProducts = usedHeap();
        long started = System.nanoTime();
        index = SearchIndex.build(kb, products, labels.writtenGenerics());
        long buildMs = (System.nanoTime() - started) / 1_000_000;
        products = null;
        long withIndex = usedHeap();
        System.out.printf(
                "%nDrug catalogue: %,d products, %,d dictionary keys, index built in %,d ms; heap: products %,d MB,"
                        + " index on top %,d MB, total %,d MB%n",
                index.size(),
                index.dictionarySize(),
                buildMs,
                (withProducts - before) >> 20,
                (withIndex - withProducts) >> 20,
                (withIndex - before) >> 20);

        var random = new Random(20261123);
        var generics = new ArrayList<>(kb.generics());
        generics.sort(Comparator.comparing(Generic::id));
        var sample = DemoProducts.generate(kb, 20_000, 20260101L);
        queries = new String[N];
        for (int i = 0; i < N; i++) {
            Generic g = generics.get(random.nextInt(generics.size()));
            Product p = sample.get(random.nextInt(sample.size()));
            String zh = g.nameZh();
            queries[i] = switch (i % 10) {
                case 0 -> zh;
                case 1 -> g.pinyin();
                case 2 -> initials(zh);
                case 3 -> g.aliases().isEmpty() ? zh : g.aliases().get(0);
                case 4 -> zh.length() >= 3 ? zh.substring(0, zh.length() - 1) + "休" : zh + "片";
                case 5 -> p.approvalNumber();
                case 6 -> p.barcode();
                case 7 -> p.name();
                case 8 -> zh.substring(0, 1);
                default -> zh + " 胶囊";
            };
        }
        String[] templates = {
            "%s孕妇能吃吗",
            "%s一天吃几次",
            "%s有什么副作用",
            "哪些人不能吃%s",
            "%s小孩能吃吗",
            "老人能吃%s吗",
            "%s怎么保存",
            "吃%s要注意什么",
            "%s是治什么的",
            "%s和%s能一起吃吗",
            "我能不能停了%s",
            "%s"
        };
        asks = new String[N];
        for (int i = 0; i < N; i++) {
            Generic a = generics.get(random.nextInt(generics.size()));
            Generic b = generics.get(random.nextInt(generics.size()));
            String nameA =
                    switch (i % 4) {
                        case 0 -> a.nameZh();
                        case 1 ->
                            a.aliases().isEmpty() ? a.nameZh() : a.aliases().get(0);
                        case 2 -> a.pinyin();
                        default -> initials(a.nameZh());
                    };
            String t = templates[i % templates.length];
            asks[i] = t.contains("%s和%s") ? String.format(t, nameA, b.nameZh()) : String.format(t, nameA);
        }
    }

    private static String initials(String zh) {
        return org.regionalhealth.drugs.search.DrugText.initialVariants(zh)
                .iterator()
                .next();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Benchmark
    public SearchResult search() {
        return index.search(queries[nextQuery++ & (N - 1)], SearchFilters.NONE, 20);
    }

    @Benchmark
    public Answer ask() {
        return questions.ask(asks[nextAsk++ & (N - 1)], index, labels);
    }
}
