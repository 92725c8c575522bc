package org.regionalhealth.emergency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Load generator for "nearest AED p99 < 20 ms over 1,467 devices via the API" (issue 20). Against the platform
 * running on loopback with the full demo (1,467 AEDs): after {@code aed.warmup} requests, sends {@code
 * aed.requests} requests to {@code GET /api/emergency/aeds/nearest?lat=&lng=&k=5} one at a time from random points
 * spread over the district (seeded, so every run asks the same points), and prints p50, p95, p99 and the maximum of
 * the client-side latency (connection kept alive, HTTP/1.1). A second pass runs {@code aed.threads} clients at once.
 *
 * <p>{@code java -cp … org.regionalhealth.emergency.AedNearestBenchmark} with {@code -Daed.url} (default
 * http://127.0.0.1:8080); see docs/benchmarks.md.
 */
public final class AedNearestBenchmark {

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("aed.url", "http://127.0.0.1:8080");
        int warmup = Integer.getInteger("aed.warmup", 500);
        int requests = Integer.getInteger("aed.requests", 5000);
        int threads = Integer.getInteger("aed.threads", 4);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var random = new SplittableRandom(1467);
        for (int i = 0; i < warmup; i++) {
            call(http, base, random);
        }
        var sequential = new ArrayList<Double>();
        for (int i = 0; i < requests; i++) {
            sequential.add(call(http, base, random));
        }
        report("sequential", sequential);
        var concurrent = Collections.synchronizedList(new ArrayList<Double>());
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            var own = new SplittableRandom(100 + t);
            var worker = new Thread(() -> {
                for (int i = 0; i < requests / threads; i++) {
                    try {
                        concurrent.add(call(http, base, own));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        report(threads + " clients", concurrent);
    }

    /** One request from a random point in the district's box; returns its latency in milliseconds. */
    private static double call(HttpClient http, String base, SplittableRandom random) throws Exception {
        double lat = 29.95 + random.nextDouble() * 0.40;
        double lng = 120.10 + random.nextDouble() * 0.60;
        var request = HttpRequest.newBuilder(URI.create(String.format(
                        Locale.ROOT, "%s/api/emergency/aeds/nearest?lat=%.5f&lng=%.5f&k=5", base, lat, lng)))
                .GET()
                .build();
        long started = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200 || !response.body().contains("\"items\"")) {
            throw new IllegalStateException("unexpected answer " + response.statusCode() + ": " + response.body());
        }
        return ms;
    }

    private static void report(String name, List<Double> ms) {
        var sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s: %d requests, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                name,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
