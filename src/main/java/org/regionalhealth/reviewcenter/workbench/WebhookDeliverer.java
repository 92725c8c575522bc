package org.regionalhealth.reviewcenter.workbench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the webhook outbox: POSTs each pending state change to its subscriber and marks it delivered on a 2xx;
 * otherwise retries after {@code first-retry × 2^(attempts−1)}, at most {@code max-retry}, for as long as it takes
 * (research §2.5: "retried until acknowledged"). Deliveries of one subscription go out in event order. Each request
 * carries {@code X-RHP-Event-Id} (receivers de-duplicate on it: a delivery may arrive twice if the acknowledgement is
 * lost) and {@code X-RHP-Signature: sha256=<HMAC-SHA256 of the body with the subscription's secret>}.
 */
@Component
public class WebhookDeliverer {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliverer.class);

    private final JdbcClient jdbc;
    private final ReviewCenterProperties.Workbench settings;
    private final HttpClient http;
    private final Clock clock;
    private final WebhookTargets targets;

    WebhookDeliverer(JdbcClient jdbc, ReviewCenterProperties properties, Clock clock) {
        this.clock = clock;
        var webhooks = properties.workbench().webhooks();
        this.targets =
                new WebhookTargets(webhooks.httpsOnly(), webhooks.allowedTargets(), java.net.InetAddress::getAllByName);
        this.jdbc = jdbc;
        this.settings = properties.workbench();
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.webhooks().requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            fixedDelayString = "${rhp.prescription-review.workbench.sweep-interval:PT15S}",
            initialDelayString = "${rhp.prescription-review.workbench.sweep-interval:PT15S}")
    @SchedulerLock(name = "reviewcenter.webhook-delivery", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void scheduled() {
        if (settings.schedulerEnabled()) {
            deliverDue(clock.instant());
        }
    }

    private record Pending(
            long id, long subscriptionId, long eventId, String url, String secret, String payload, int attempts) {}

    /** Attempts every delivery due at {@code now}; returns how many were acknowledged. */
    public int deliverDue(Instant now) {
        // the oldest pending delivery of each subscription only, so a receiver sees the changes in order
        List<Pending> due = jdbc.sql(
                        """
                        select d.id, d.subscription_id, d.event_id, s.url, s.secret, d.payload::text, d.attempts
                          from prescriptionreview_webhook_delivery d
                          join prescriptionreview_webhook_subscription s on s.id = d.subscription_id
                         where d.delivered_at is null and d.next_attempt_at <= ? and s.active
                           and not exists (select 1 from prescriptionreview_webhook_delivery e
                                            where e.subscription_id = d.subscription_id and e.delivered_at is null
                                              and e.id < d.id)
                         order by d.next_attempt_at, d.id
                         limit ?""")
                .params(Timestamp.from(now), settings.webhooks().batchSize())
                .query((rs, n) -> new Pending(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)))
                .list();
        int acknowledged = 0;
        for (Pending p : due) {
            if (attempt(p, now)) {
                acknowledged++;
            }
        }
        return acknowledged;
    }

    private boolean attempt(Pending p, Instant now) {
        Integer status = null;
        String error = null;
        // checked again at every delivery: the name may resolve elsewhere now (DNS rebinding), the policy may be
        // stricter than when the subscription was made
        String refusal = targets.refusal(p.url());
        try {
            if (refusal != null) {
                throw new java.io.IOException("target refused: " + refusal);
            }
            HttpResponse<java.io.InputStream> response = http.send(
                    HttpRequest.newBuilder(URI.create(p.url()))
                            .timeout(settings.webhooks().requestTimeout())
                            .header("Content-Type", "application/json")
                            .header("X-RHP-Event-Id", Long.toString(p.eventId()))
                            .header("X-RHP-Signature", "sha256=" + sign(p.secret(), p.payload()))
                            .POST(HttpRequest.BodyPublishers.ofString(p.payload(), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            // only the status counts: the answer's body is never read, its connection closed at once, so a receiver
            // cannot stream without end or hold the deliverer (issue 15)
            response.body().close();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        int attempts = p.attempts() + 1;
        if (status != null && status / 100 == 2) {
            jdbc.sql(
                            """
                            update prescriptionreview_webhook_delivery
                               set attempts = ?, delivered_at = ?, last_status = ?, last_error = null where id = ?""")
                    .params(attempts, Timestamp.from(now), status, p.id())
                    .update();
            return true;
        }
        Duration delay = backoff(attempts);
        String problem = error != null ? error : "HTTP " + status;
        jdbc.sql(
                        """
                        update prescriptionreview_webhook_delivery
                           set attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ? where id = ?""")
                .params(
                        attempts,
                        Timestamp.from(now.plus(delay)),
                        status,
                        problem.length() > 500 ? problem.substring(0, 500) : problem,
                        p.id())
                .update();
        log.debug("Webhook delivery {} to {} failed ({}), retry in {}", p.id(), p.url(), problem, delay);
        return false;
    }

    /** Delay after the n-th failed attempt: first-retry × 2^(n−1), capped at max-retry. */
    Duration backoff(int failedAttempts) {
        Duration first = settings.webhooks().firstRetry();
        Duration max = settings.webhooks().maxRetry();
        int shift = Math.min(failedAttempts - 1, 30);
        Duration d = first.multipliedBy(1L << shift);
        return d.compareTo(max) > 0 ? max : d;
    }

    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
