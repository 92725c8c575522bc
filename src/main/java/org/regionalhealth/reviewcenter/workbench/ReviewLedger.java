package org.regionalhealth.reviewcenter.workbench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a prescription's state changes: the conditional update of {@code review_state}, the event (who, when, why)
 * and, in the same transaction, the webhook outbox rows for every HIS subscribed to the institution (the outbox
 * pattern: the push can never announce a change that was rolled back, nor miss one that was committed).
 */
@Component
class ReviewLedger {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final InstitutionNames names;

    ReviewLedger(JdbcClient jdbc, JsonMapper json, InstitutionNames names) {
        this.jdbc = jdbc;
        this.json = json;
        this.names = names;
    }

    /** One state change (or, with {@code from == to}, a timer signal). */
    record Change(
            long prescriptionId,
            int revision,
            String institutionPath,
            @Nullable ReviewState from,
            ReviewState to,
            EventKind kind,
            String actor,
            List<String> reasons,
            @Nullable String message,
            boolean offHours,
            Instant at) {}

    /**
     * Moves the prescription from {@code from} to {@code to} if it still is in {@code from}; false when another
     * change came first (the caller reports a conflict).
     */
    boolean move(Change c) {
        int updated = c.from() == null
                ? jdbc.sql(
                                """
                                update prescriptionreview_prescription set review_state = ?, review_state_at = ?
                                 where id = ? and review_state is null""")
                        .params(c.to().name(), Timestamp.from(c.at()), c.prescriptionId())
                        .update()
                : jdbc.sql(
                                """
                                update prescriptionreview_prescription set review_state = ?, review_state_at = ?
                                 where id = ? and review_state = ?""")
                        .params(
                                c.to().name(),
                                Timestamp.from(c.at()),
                                c.prescriptionId(),
                                c.from().name())
                        .update();
        if (updated != 1) {
            return false;
        }
        record(c);
        return true;
    }

    /** Writes the event and, for a state change, the outbox rows. */
    long record(Change c) {
        long eventId = jdbc.sql(
                        """
                        insert into prescriptionreview_review_event
                            (prescription_id, revision, institution_path, kind, from_state, to_state, actor,
                             reason_codes, message, off_hours, at)
                        values (?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?)
                        returning id""")
                .params(
                        c.prescriptionId(),
                        c.revision(),
                        c.institutionPath(),
                        c.kind().name(),
                        c.from() == null ? null : c.from().name(),
                        c.to().name(),
                        c.actor(),
                        "{" + String.join(",", c.reasons()) + "}",
                        c.message(),
                        c.offHours(),
                        Timestamp.from(c.at()))
                .query(Long.class)
                .single();
        if (c.from() != c.to()) {
            enqueueDeliveries(eventId, c);
        }
        return eventId;
    }

    private void enqueueDeliveries(long eventId, Change c) {
        boolean subscribed = jdbc.sql(
                        """
                        select exists(select 1 from prescriptionreview_webhook_subscription
                                       where active and ? like unit_path || '%')""")
                .param(c.institutionPath())
                .query(Boolean.class)
                .single();
        if (!subscribed) {
            return;
        }
        Map<String, Object> p = jdbc.sql(
                        "select prescription_number, institution_id from prescriptionreview_prescription where id = ?")
                .param(c.prescriptionId())
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("institutionCode", names.codeOf(rs.getLong(2)));
                    m.put("prescriptionNumber", rs.getString(1));
                    return m;
                })
                .single();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", eventId);
        payload.put("prescriptionId", c.prescriptionId());
        payload.putAll(p);
        payload.put("revision", c.revision());
        payload.put("kind", c.kind().name());
        payload.put("fromState", c.from() == null ? null : c.from().name());
        payload.put("state", c.to().name());
        payload.put("mayDispense", c.to().dispensable());
        payload.put("reasonCodes", c.reasons());
        payload.put("at", c.at().toString());
        jdbc.sql(
                        """
                        insert into prescriptionreview_webhook_delivery (subscription_id, event_id, payload, next_attempt_at)
                        select id, ?, ?::json, ? from prescriptionreview_webhook_subscription
                         where active and ? like unit_path || '%'""")
                .params(eventId, json.writeValueAsString(payload), Timestamp.from(c.at()), c.institutionPath())
                .update();
    }
}
