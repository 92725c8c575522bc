package org.regionalhealth.reviewcenter.cdshooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Throughput of the CDS Hooks {@code order-sign} service on one node against two nodes of one PostgreSQL (issue 24,
 * docs/scale-out.md, docs/benchmarks.md). Closed loop: {@code load.workers} clients each send the next request as
 * soon as the previous one is answered, round-robin over the nodes named in {@code load.urls} (comma-separated, as a
 * load balancer would), for {@code load.warmup} seconds and then {@code load.seconds} measured seconds. It prints the
 * answered requests per second and the latency quantiles, per node and together. Every request carries its own JWT
 * for the node it goes to (signed before the run, so signing does not compete with the nodes for the two cores).
 *
 * <p>Start the nodes first (docs/scale-out.md), then {@code java -cp "target/test-classes:/tmp/bench/lib/*"
 * -Dload.urls=http://127.0.0.1:8217,http://127.0.0.1:8218 org.regionalhealth.reviewcenter.cdshooks.TwoNodeOrderSignBenchmark}
 * with the jar's libraries unpacked to {@code /tmp/bench/lib} (the command is in docs/benchmarks.md).
 */
public final class TwoNodeOrderSignBenchmark {

    private static final String SERVICE = "/cds-services/rhp-prescription-order-sign";

    public static void main(String[] args) throws Exception {
        String[] urls = System.getProperty("load.urls", "http://127.0.0.1:8080").split(",");
        int workers = Integer.getInteger("load.workers", 16);
        int seconds = Integer.getInteger("load.seconds", 30);
        int warmup = Integer.getInteger("load.warmup", 15);
        int budget = Integer.getInteger("load.max-requests", 40_000);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        for (String url : urls) {
            awaitNode(http, url);
        }
        System.out.printf("signing %d JWTs for %d node(s)…%n", budget, urls.length);
        CdsClient client = new CdsClient(com.nimbusds.jose.JWSAlgorithm.RS384);
        String[] tokens = new String[budget];
        IntStream.range(0, budget)
                .parallel()
                .forEach(i -> tokens[i] = client.token(urls[i % urls.length] + SERVICE, Duration.ofMinutes(5)));
        List<String> bodies = new ArrayList<>();
        for (String[] drafts : CdsHooksLoadBenchmark.DRAFTS) {
            bodies.add(CdsHooksLoadBenchmark.body(drafts));
        }

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        long[] latencies = new long[budget];
        long[] sentAt = new long[budget];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        System.out.printf(
                "closed loop: %d workers, %d s warm-up + %d s measured against %s%n",
                workers, warmup, seconds, String.join(" + ", urls));
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            threads[w] = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < budget; n = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        return;
                    }
                    String url = urls[n % urls.length];
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url + SERVICE))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + tokens[n])
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(n % bodies.size())))
                            .build();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().contains("\"cards\"")) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    sentAt[n] = sent;
                    latencies[n] = System.nanoTime() - sent;
                }
            });
            threads[w].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (next.get() >= budget) {
            System.out.println("WARNING: the JWT budget ran out before the end: raise -Dload.max-requests");
        }
        System.out.printf("%nCDS Hooks order-sign, closed loop, %d node(s)%n", urls.length);
        double total = 0;
        for (int node = -1; node < urls.length; node++) {
            final int only = node;
            long[] measured = IntStream.range(0, budget)
                    .filter(i -> latencies[i] >= 0 && sentAt[i] >= measureFrom && sentAt[i] < end)
                    .filter(i -> only < 0 || i % urls.length == only)
                    .mapToLong(i -> latencies[i])
                    .sorted()
                    .toArray();
            double rate = measured.length / (double) seconds;
            if (node < 0) {
                total = rate;
            }
            System.out.printf(
                    "%-28s %7.1f req/s  p50 %.1f  p95 %.1f  p99 %.1f ms%n",
                    node < 0 ? "all nodes" : urls[node],
                    rate,
                    ms(measured, 0.50),
                    ms(measured, 0.95),
                    ms(measured, 0.99));
        }
        System.out.printf("failures %d%n", failures.get());
        System.out.printf("RESULT %.1f req/s with %d node(s), %d workers%n", total, urls.length, workers);
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    private static void awaitNode(HttpClient http, String base) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
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
                throw new IllegalStateException("no node answers at " + base + "/cds-services");
            }
            Thread.sleep(1000);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
