package org.regionalhealth.reviewcenter.cdshooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * Load generator for the CDS Hooks {@code order-sign} service (issue 3: 300 requests per second on the 2-core
 * machine with p99 ≤ 20 ms, load from a separate process on loopback). Open loop at a constant arrival rate: each
 * latency is measured from the moment the request was due, not from when it was sent, so a stalled server cannot
 * hide its queueing (no coordinated omission). 64 workers send synchronously over kept-alive connections (an
 * asynchronous client opened a connection per in-flight request and became the bottleneck itself). Each request carries its own signed JWT (RS384 by default, ES384
 * with {@code -Dload.alg=ES384}; signed before the
 * run, so signing does not compete with the server for the two cores) and a realistic body: three draft orders and
 * the four prefetch resources.
 *
 * <p>Run the platform first ({@code ./mvnw spring-boot:run}), then {@code ./mvnw -Pload test-compile exec:exec}
 * (properties {@code load.url}, {@code load.rate}, {@code load.seconds}, {@code load.warmup}); see
 * docs/benchmarks.md.
 */
public final class CdsHooksLoadBenchmark {

    private static final String SERVICE = "/cds-services/rhp-prescription-order-sign";
    private static final int WORKERS = 64;

    /** Realistic primary-care combinations: some clean, some with findings of each tier. */
    static final String[][] DRAFTS = {
        {"辛伐他汀片|20|mg|qn", "克拉霉素片|250|mg|bid", "奥美拉唑肠溶胶囊|20|mg|qd"},
        {"苯磺酸氨氯地平片|5|mg|qd", "二甲双胍片|0.5|g|tid", "阿托伐他汀钙片|20|mg|qn"},
        {"阿莫西林胶囊|0.5|g|tid", "布洛芬片|0.2|g|tid", "氯雷他定片|10|mg|qd"},
        {"华法林钠片|2.5|mg|qd", "阿司匹林肠溶片|100|mg|qd", "氯吡格雷片|75|mg|qd"},
        {"左氧氟沙星片|500|mg|qd", "蒙脱石散|3|g|tid", "对乙酰氨基酚片|0.5|g|tid"},
        {"硝苯地平控释片|30|mg|qd", "厄贝沙坦片|150|mg|qd", "美托洛尔缓释片|47.5|mg|qd"},
    };

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("load.url", "http://127.0.0.1:8080");
        int rate = Integer.getInteger("load.rate", 300);
        int seconds = Integer.getInteger("load.seconds", 60);
        int warmup = Integer.getInteger("load.warmup", 20);
        String audience = base + SERVICE;

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        awaitPlatform(http, base);

        int total = rate * (warmup + seconds);
        System.out.printf(
                "signing %d JWTs (%s) and preparing bodies…%n", total, System.getProperty("load.alg", "RS384"));
        CdsClient client = new CdsClient(com.nimbusds.jose.JWSAlgorithm.parse(System.getProperty("load.alg", "RS384")));
        String[] tokens = new String[total];
        IntStream.range(0, total).parallel().forEach(i -> tokens[i] = client.token(audience, Duration.ofMinutes(5)));
        List<String> bodies = new ArrayList<>();
        for (String[] drafts : DRAFTS) {
            bodies.add(body(drafts));
        }

        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long interval = 1_000_000_000L / rate;
        System.out.printf(
                "load: %d req/s for %d s warm-up + %d s measured against %s%n", rate, warmup, seconds, audience);
        long start = System.nanoTime() + 200_000_000L;
        // the generator shares the two cores with the server: its own CPU and the machine's over the measured window
        // are printed with the latencies, so a figure can be judged (issue 14: a saturated generator is no benchmark)
        long[] window = new long[6];
        Thread sampler = new Thread(() -> {
            LockSupport.parkNanos(start + warmup * 1_000_000_000L - System.nanoTime());
            window[0] = System.nanoTime();
            window[1] = processCpuNanos();
            long[] machine = machineTicks();
            window[2] = machine[0];
            window[3] = machine[1];
        });
        sampler.setDaemon(true);
        sampler.start();
        // a pool of workers, each taking the next request, waiting for its due time and sending it synchronously on a
        // kept-alive connection; when all workers are busy the next request starts late and its lateness counts
        Thread[] workers = new Thread[WORKERS];
        for (int w = 0; w < WORKERS; w++) {
            workers[w] = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                    long due = start + n * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(audience))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + tokens[n])
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(n % bodies.size())))
                            .build();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                                .incrementAndGet();
                        if (response.statusCode() != 200 || !response.body().contains("\"cards\"")) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[n] = System.nanoTime() - due;
                }
            });
            workers[w].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long sent = System.nanoTime();
        sampler.join();
        long cpuEnd = processCpuNanos();
        long[] machineEnd = machineTicks();
        double windowNanos = sent - window[0];
        int cores = Runtime.getRuntime().availableProcessors();
        double generatorCpu = (cpuEnd - window[1]) / windowNanos;
        double machineBusy = machineEnd[1] - window[3] <= 0
                ? Double.NaN
                : (double) (machineEnd[0] - window[2]) / (machineEnd[1] - window[3]);
        long measuredFrom = rate * warmup;
        long[] measured = Arrays.copyOfRange(latencies, (int) measuredFrom, total);
        Arrays.sort(measured);
        double elapsed = (sent - start) / 1e9;
        // elapsed includes the last responses; the send schedule itself is fixed by the rate
        System.out.printf("%nCDS Hooks order-sign under load (open loop, latency from the due time)%n");
        System.out.printf("offered rate      %6d req/s (all %d answered in %.1f s)%n", rate, total, elapsed);
        System.out.printf("measured requests %6d (after %d s warm-up)%n", measured.length, warmup);
        System.out.printf("status codes      %s, failures %d%n", new TreeMap<>(statuses), failures.get());
        System.out.printf(
                "latency ms        p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                ms(measured, 0.50),
                ms(measured, 0.90),
                ms(measured, 0.95),
                ms(measured, 0.99),
                ms(measured, 0.999),
                measured[measured.length - 1] / 1e6);
        System.out.printf(
                "CPU (measured)    generator %.2f cores of %d (%.0f %% of the machine); machine busy %.0f %%%n",
                generatorCpu, cores, 100 * generatorCpu / cores, 100 * machineBusy);
        System.out.printf("RESULT p99=%.1fms at %d req/s%n", ms(measured, 0.99), rate);
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    /** CPU time of this JVM (all threads), nanoseconds; -1 where the JVM does not say. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Busy and total jiffies of the whole machine from /proc/stat (Linux); zeros elsewhere. */
    private static long[] machineTicks() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat"))
                    .get(0)
                    .trim()
                    .split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new long[] {total - idle, total};
        } catch (Exception e) {
            return new long[] {0, 0};
        }
    }

    /** Waits up to two minutes for the platform to answer discovery (it may still be starting). */
    private static void awaitPlatform(HttpClient http, String base) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                var discovery = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/cds-services"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (discovery.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform does not answer at " + base + "/cds-services");
            }
            Thread.sleep(1000);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static String body(String[] drafts) {
        String[] resources = new String[drafts.length];
        for (int i = 0; i < drafts.length; i++) {
            String[] d = drafts[i].split("\\|");
            resources[i] = CdsClient.medicationRequest("d" + i, d[0], Double.parseDouble(d[1]), d[2], d[3], 7);
        }
        String today = LocalDate.now().toString();
        String prefetch =
                """
                {"patient":{"resourceType":"Patient","id":"1","gender":"female","birthDate":"1956-08-20"},
                 "conditions":{"resourceType":"Bundle","type":"searchset","entry":[
                   {"resource":{"resourceType":"Condition","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"I10"}],"text":"高血压"},"subject":{"reference":"Patient/1"}}},
                   {"resource":{"resourceType":"Condition","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"E11.9"}],"text":"2型糖尿病"},"subject":{"reference":"Patient/1"}}}]},
                 "allergies":{"resourceType":"Bundle","type":"searchset","entry":[
                   {"resource":{"resourceType":"AllergyIntolerance","code":{"text":"磺胺"},"patient":{"reference":"Patient/1"}}}]},
                 "observations":{"resourceType":"Bundle","type":"searchset","entry":[
                   {"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2160-0"}]},
                     "effectiveDateTime":"%s","valueQuantity":{"value":96,"unit":"umol/L","code":"umol/L"}}},
                   {"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"29463-7"}]},
                     "effectiveDateTime":"%s","valueQuantity":{"value":61,"unit":"kg","code":"kg"}}}]}}"""
                        .formatted(today, today);
        return CdsClient.request("order-sign", "1", CdsClient.bundle(resources), null, prefetch);
    }
}
