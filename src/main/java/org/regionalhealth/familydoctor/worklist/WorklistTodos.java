package org.regionalhealth.familydoctor.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.familydoctor.FamilyDoctorProperties;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.Todo;
import org.regionalhealth.platform.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The family doctor's to-dos on the home page (issue 16): overdue and due follow-ups, rechecks and referrals to check
 * at a station; contracts to review and to renew; referrals sent to a hospital that are not yet accepted. Counts from
 * the worklist's own indexes, in the user's scope.
 */
@Component
class WorklistTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final FamilyDoctorProperties properties;
    private final Clock clock;
    private final MessageSource messages;

    WorklistTodos(JdbcClient jdbc, FamilyDoctorProperties properties, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.messages = messages;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    @Override
    public List<Todo> todos(CurrentUser user) {
        var todos = new ArrayList<Todo>();
        var scope = user.scope().likePattern();
        var today = LocalDate.now(clock);
        if (user.role() == Role.STATION_DOCTOR || user.role() == Role.DISTRICT_ADMIN) {
            var counts = jdbc.sql(
                            """
                            select count(*) filter (where next_due_kind in ('FIRST', 'ROUTINE') and next_due < :today),
                                   count(*) filter (where next_due_kind in ('FIRST', 'ROUTINE')
                                                      and next_due between :today and :week),
                                   count(*) filter (where next_due_kind = 'RECHECK')
                            from familydoctor_chronic_patient
                            where status = 'ACTIVE' and unit_path like :scope""")
                    .param("today", today)
                    .param("week", today.plusDays(7))
                    .param("scope", scope)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .single();
            long referrals = jdbc.sql(
                            "select count(*) from familydoctor_referral where checked_on is null and unit_path like ?")
                    .param(scope)
                    .query(Long.class)
                    .single();
            todos.add(new Todo(
                    label("fd.todo.overdue"), counts[0], "/familydoctor/worklist#list-OVERDUE", counts[0] > 0));
            todos.add(new Todo(label("fd.todo.due"), counts[1], "/familydoctor/worklist#list-DUE", false));
            todos.add(new Todo(label("fd.todo.recheck"), counts[2], "/familydoctor/worklist#list-RECHECK", false));
            todos.add(new Todo(label("fd.todo.referral"), referrals, "/familydoctor/worklist#list-REFERRAL", false));
        }
        if (user.role() == Role.HOSPITAL_DOCTOR) {
            long waiting = jdbc.sql(
                            """
                            select count(*) from familydoctor_referral
                            where hospital_status = 'SENT' and to_unit_path like ?""")
                    .param(scope)
                    .query(Long.class)
                    .single();
            todos.add(new Todo(label("fd.todo.hospitalReferral"), waiting, "/familydoctor/referrals", waiting > 0));
        }
        if (user.role() == Role.STATION_DOCTOR || user.role() == Role.DISTRICT_ADMIN) {
            var contracts = jdbc.sql(
                            """
                            select count(*) filter (where status = 'APPLIED'),
                                   count(*) filter (where status = 'APPROVED'),
                                   count(*) filter (where status = 'SIGNED' and end_date between :today and :until)
                            from familydoctor_contract where unit_path like :scope
                              and status in ('APPLIED', 'APPROVED', 'SIGNED')""")
                    .param("today", today)
                    .param("until", today.plusDays(properties.renewalReminderDays()))
                    .param("scope", scope)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .single();
            todos.add(
                    new Todo(label("fd.todo.applied"), contracts[0], "/familydoctor/contracts?status=APPLIED", false));
            todos.add(new Todo(
                    label("fd.todo.approved"), contracts[1], "/familydoctor/contracts?status=APPROVED", false));
            todos.add(new Todo(
                    label("fd.todo.renewal"), contracts[2], "/familydoctor/contracts?status=RENEW_SOON", false));
        }
        return todos;
    }
}
