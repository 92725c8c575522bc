package org.regionalhealth.reviewcenter.cdshooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.formats.Cards;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cards issued and the feedback about them (CDS Hooks 2.0 §Feedback): which findings doctors accept and which
 * they override, and why — the override rate per rule that tells which rules are noise (issue 4 §5).
 */
@Component
class CardLog {

    private final JdbcClient jdbc;

    CardLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void issued(CdsService service, String hookInstance, String client, List<Cards.Issued> cards) {
        for (Cards.Issued card : cards) {
            jdbc.sql(
                            """
                            insert into prescriptionreview_cds_card (uuid, service_id, hook_instance, rule_id, tier, client)
                            values (?::uuid, ?, ?, ?, ?, ?)""")
                    .params(
                            card.uuid(),
                            service.id(),
                            hookInstance,
                            card.ruleId(),
                            card.tier().name(),
                            client)
                    .update();
        }
    }

    /** The tier of a card this service issued to this client, empty when there is none. */
    Optional<Tier> tierOf(String uuid, CdsService service, String client) {
        return jdbc.sql(
                        "select tier from prescriptionreview_cds_card where uuid = ?::uuid and service_id = ? and client = ?")
                .params(uuid, service.id(), client)
                .query(String.class)
                .optional()
                .map(Tier::valueOf);
    }

    void feedback(
            String cardUuid,
            CdsService service,
            String outcome,
            @Nullable String overrideCode,
            @Nullable String overrideDisplay,
            @Nullable String comment,
            Instant at,
            String client) {
        jdbc.sql(
                        """
                        insert into prescriptionreview_cds_feedback
                            (card_uuid, service_id, outcome, override_code, override_display, user_comment, outcome_at,
                             received_by)
                        values (?::uuid, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        cardUuid,
                        service.id(),
                        outcome,
                        overrideCode,
                        overrideDisplay,
                        comment,
                        Timestamp.from(at),
                        client)
                .update();
    }
}
