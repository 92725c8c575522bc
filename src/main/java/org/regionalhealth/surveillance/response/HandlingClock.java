package org.regionalhealth.surveillance.response;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionalhealth.surveillance.signals.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live handling clock (research §7): a signal not acknowledged by its due time (2 h for single-case and
 * immediate rules, 24 h for statistical and 24-h school rules) escalates one level — CDC director in charge, then the
 * health commission — and its clock restarts for the next level. Checked every minute.
 */
@Component
public class HandlingClock {

    private final JdbcClient jdbc;
    private final Dispatcher dispatcher;

    private final Clock clock;

    HandlingClock(JdbcClient jdbc, Dispatcher dispatcher, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
    }

    @Scheduled(
            fixedDelayString = "${rhp.surveillance.clock-check-ms:60000}",
            initialDelayString = "${rhp.surveillance.clock-check-ms:60000}")
    @SchedulerLock(name = "surveillance.handling-clock", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void tick() {
        escalateOverdue(Instant.now(clock));
    }

    private record Overdue(long id, String grade, int level, int slaHours) {}

    /** Escalates every signal whose clock has run out at {@code now}; returns their ids. */
    @Transactional
    public List<Long> escalateOverdue(Instant now) {
        List<Overdue> overdue = jdbc.sql(
                        """
                        select id, grade, escalation_level, sla_hours from surveillance_signal
                        where acknowledged_at is null and closed_at is null and due_at < ? and not simulated
                        order by id for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
        for (Overdue o : overdue) {
            int level = o.level() + 1;
            jdbc.sql("update surveillance_signal set escalation_level = ?, due_at = ? where id = ?")
                    .params(level, Timestamp.from(now.plusSeconds(3600L * o.slaHours())), o.id())
                    .update();
            String to = Dispatcher.LEVELS[Math.min(level, Dispatcher.LEVELS.length - 1)];
            Steps.record(jdbc, o.id(), "escalated", "system", now, "超过 " + o.slaHours() + " 小时未响应，升级至" + to);
            dispatcher.escalated(o.id(), Grade.of(o.grade()), level, now);
        }
        return overdue.stream().map(Overdue::id).toList();
    }
}
