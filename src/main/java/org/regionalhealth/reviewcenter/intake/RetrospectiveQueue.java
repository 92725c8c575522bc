package org.regionalhealth.reviewcenter.intake;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prescriptions the engine could not screen (research §7 N1: engine unavailable → {@code UNSCREENED}, never a pass,
 * and a retrospective-review entry). Pharmacists work through it after the fact; the review workbench (issue 4)
 * shows it.
 */
@Component
public class RetrospectiveQueue {

    private final JdbcClient jdbc;

    RetrospectiveQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the unscreened prescription came from. */
    public enum Channel {
        REST,
        CDS_HOOKS,
        FHIR
    }

    /**
     * @param payloadJson what was submitted, so the pharmacist can review it even when it was not stored
     * @return the entry id
     */
    public long enqueue(
            Channel channel,
            @Nullable Long institutionId,
            @Nullable Long prescriptionId,
            @Nullable String prescriptionNumber,
            @Nullable String payloadJson,
            String failure) {
        return jdbc.sql(
                        """
                        insert into prescriptionreview_retrospective
                            (channel, institution_id, prescription_id, prescription_number, payload, failure)
                        values (?, ?, ?, ?, ?::jsonb, ?) returning id""")
                .params(channel.name(), institutionId, prescriptionId, prescriptionNumber, payloadJson, failure)
                .query(Long.class)
                .single();
    }

    /** Open entries (not yet reviewed). */
    public long openCount() {
        return jdbc.sql("select count(*) from prescriptionreview_retrospective where resolved_at is null")
                .query(Long.class)
                .single();
    }
}
