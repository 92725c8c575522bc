package org.regionalhealth.appointments.schedule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices to residents (停诊, 替诊, 候补成功, 提醒), stored in {@code appointments_notification} in the writing
 * transaction; "我的预约" shows them and an SMS gateway picks up unsent rows (the platform has no shared SMS port yet:
 * the line is logged).
 */
@Component
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A notice as "我的预约" lists it. */
    public record Notice(long id, String kind, String text, Instant createdAt) {}

    public void send(long residentId, @Nullable Long appointmentId, String kind, String text) {
        jdbc.sql(
                        "insert into appointments_notification (resident_id, appointment_id, kind, text, created_at) values (?, ?, ?, ?, ?)")
                .params(residentId, appointmentId, kind, text, Timestamp.from(clock.instant()))
                .update();
        log.info("Appointment notice {} for resident {} (appointment {})", kind, residentId, appointmentId);
    }

    public List<Notice> latest(long residentId, int limit) {
        return jdbc.sql(
                        "select id, kind, text, created_at from appointments_notification where resident_id = ? order by created_at desc, id desc limit ?")
                .params(residentId, limit)
                .query((rs, n) -> new Notice(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
