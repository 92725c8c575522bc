package org.regionalhealth.reviewcenter.workbench;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HIS webhook subscriptions: a service account subscribes a URL and receives every state change of the
 * prescriptions of its unit's subtree (contract in docs/prescription-review-api.md).
 */
@RestController
@RequestMapping("/api/prescription-review/webhooks")
@Tag(name = "处方审核流程 Review workflow")
@PreAuthorize("hasRole('SERVICE')")
class WebhookApiController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CurrentUsers users;

    private final WebhookTargets targets;

    WebhookApiController(
            JdbcClient jdbc, CurrentUsers users, org.regionalhealth.reviewcenter.ReviewCenterProperties properties) {
        this.jdbc = jdbc;
        this.users = users;
        var webhooks = properties.workbench().webhooks();
        this.targets =
                new WebhookTargets(webhooks.httpsOnly(), webhooks.allowedTargets(), java.net.InetAddress::getAllByName);
    }

    /** A subscription request. */
    record NewSubscription(@NotBlank @Size(max = 500) String url) {}

    /** A subscription; the secret is only shown once, at creation. */
    record Subscription(
            long id,
            String url,
            String unitPath,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true) String secret) {}

    @PostMapping
    @Operation(summary = "Subscribe a URL to every review state change of the account's institutions")
    ResponseEntity<Subscription> subscribe(@Valid @RequestBody NewSubscription body) {
        URI uri;
        try {
            uri = URI.create(body.url().trim());
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalidField("WEBHOOK_URL", "url", "回调地址不是有效的 URL");
        }
        // https, public addresses unless allow-listed (issue 15: deliveries reached the database port)
        String refusal = targets.refusal(uri.toString());
        if (refusal != null) {
            throw PlatformException.invalidField("WEBHOOK_URL", "url", refusal);
        }
        var user = users.require();
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        String secret = HexFormat.of().formatHex(key);
        long id = jdbc.sql(
                        """
                        insert into prescriptionreview_webhook_subscription (owner, unit_path, url, secret)
                        values (?, ?, ?, ?) returning id""")
                .params(user.username(), user.scope().unitPath(), uri.toString(), secret)
                .query(Long.class)
                .single();
        return ResponseEntity.created(URI.create("/api/prescription-review/webhooks/" + id))
                .body(new Subscription(id, uri.toString(), user.scope().unitPath(), secret));
    }

    @GetMapping
    @Operation(summary = "The account's active subscriptions")
    List<Subscription> list() {
        return jdbc.sql(
                        """
                        select id, url, unit_path from prescriptionreview_webhook_subscription
                         where owner = ? and active order by id""")
                .param(users.require().username())
                .query((rs, n) -> new Subscription(rs.getLong(1), rs.getString(2), rs.getString(3), null))
                .list();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Unsubscribe; pending deliveries are dropped")
    ResponseEntity<Void> unsubscribe(@PathVariable long id) {
        int n = jdbc.sql("update prescriptionreview_webhook_subscription set active = false where id = ? and owner = ?")
                .params(id, users.require().username())
                .update();
        if (n != 1) {
            throw PlatformException.notFound("WEBHOOK_NOT_FOUND", "订阅不存在");
        }
        return ResponseEntity.noContent().build();
    }
}
