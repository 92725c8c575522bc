package org.regionalhealth.reviewcenter.workbench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
 * The review center's to-dos on the home page (issue 16): for a pharmacist the prescriptions waiting for review in
 * the medical community and those past their time limit; for a doctor the prescriptions returned to be modified or
 * double-signed.
 */
@Component
class ReviewTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;

    ReviewTodos(JdbcClient jdbc, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public List<Todo> todos(CurrentUser user) {
        var scope = user.scope().likePattern();
        if (user.role() == Role.MC_PHARMACIST) {
            var counts = jdbc.sql(
                            """
                            select count(*), count(*) filter (where breached or due_at < ?)
                            from prescriptionreview_review_task
                            where decided_at is null and institution_path like ?""")
                    .params(Timestamp.from(Instant.now(clock)), scope)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            return List.of(
                    new Todo(label("rx.todo.waiting"), counts[0], "/prescription-review/workbench", false),
                    new Todo(label("rx.todo.overdue"), counts[1], "/prescription-review/workbench", counts[1] > 0));
        }
        if (user.role() == Role.HOSPITAL_DOCTOR || user.role() == Role.STATION_DOCTOR) {
            long returned = jdbc.sql(
                            """
                            select count(*) from prescriptionreview_prescription
                            where review_state in (?, ?) and institution_path like ?""")
                    .params(ReviewState.RETURNED.name(), ReviewState.AWAITING_SIGNATURE.name(), scope)
                    .query(Long.class)
                    .single();
            return List.of(
                    new Todo(label("rx.todo.returned"), returned, "/prescription-review/returned", returned > 0));
        }
        return List.of();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
