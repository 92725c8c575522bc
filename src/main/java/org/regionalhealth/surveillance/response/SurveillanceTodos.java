package org.regionalhealth.surveillance.response;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.Todo;
import org.regionalhealth.platform.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Surveillance to-dos on the home page (issue 16): for the CDC the open signals and those past their response time
 * (simulated signals of the demo year are counted apart, never as work); for a school nurse the classes whose
 * morning check of today is not reported yet. Counting only: detection and signal handling are untouched.
 */
@Component
class SurveillanceTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;

    SurveillanceTodos(JdbcClient jdbc, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public List<Todo> todos(CurrentUser user) {
        var scope = user.scope().likePattern();
        if (user.role() == Role.CDC_OFFICER || user.role() == Role.DISTRICT_ADMIN) {
            var counts = jdbc.sql(
                            """
                            select count(*), count(*) filter (where due_at < ?),
                                   count(*) filter (where grade in ('red', 'orange'))
                            from surveillance_signal
                            where closed_at is null and not simulated and unit_path like ?""")
                    .params(Timestamp.from(Instant.now(clock)), scope)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .single();
            return List.of(
                    new Todo(label("sv.todo.open"), counts[0], "/surveillance/signals", counts[2] > 0),
                    new Todo(label("sv.todo.overdue"), counts[1], "/surveillance/signals", counts[1] > 0));
        }
        if (user.role() == Role.SCHOOL_NURSE) {
            var today = LocalDate.now(clock);
            if (today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return List.of();
            }
            var counts = jdbc.sql(
                            """
                            select count(*), count(*) filter (where not exists (
                                       select 1 from surveillance_school_check k
                                       where k.class_id = c.id and k.check_date = ?))
                            from surveillance_school_class c where c.unit_path like ?""")
                    .params(today, scope)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            // a school without classes yet has not reported either: its first check creates the classes
            long missing = counts[0] == 0 ? 1 : counts[1];
            return List.of(new Todo(label("sv.todo.schoolCheck"), missing, "/surveillance/school-check", missing > 0));
        }
        return List.of();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
