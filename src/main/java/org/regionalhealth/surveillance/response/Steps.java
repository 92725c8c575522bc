package org.regionalhealth.surveillance.response;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes a handling step (who did what to a signal, when). */
final class Steps {

    private Steps() {}

    static void record(JdbcClient jdbc, long signalId, String action, String actor, Instant at, @Nullable String note) {
        jdbc.sql("insert into surveillance_signal_step (signal_id, action, actor, at, note) values (?, ?, ?, ?, ?)")
                .params(signalId, action, actor, Timestamp.from(at), note == null ? null : truncate(note))
                .update();
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
