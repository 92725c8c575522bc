package org.regionalhealth.healthcity.collection;

import java.util.List;
import java.util.Locale;
import org.regionalhealth.healthcity.ReportingStatus;
import org.regionalhealth.healthcity.SubmissionDesk;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.Todo;
import org.regionalhealth.platform.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Home-page to-dos: submissions waiting for the user's approval; last year's department values overdue. */
@Component
class HealthCityTodos implements TodoSource {

    private final SubmissionDesk desk;
    private final MessageSource messages;

    HealthCityTodos(SubmissionDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @Override
    public List<Todo> todos(CurrentUser user) {
        if (user.role() != Role.DEPARTMENT_OFFICER && user.role() != Role.DISTRICT_ADMIN) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        int lastYear = desk.lastDueYear();
        long missing = desk.status(lastYear, user).stream()
                .filter(s -> s.timeliness() == ReportingStatus.Timeliness.MISSING)
                .count();
        return List.of(
                new Todo(
                        messages.getMessage("healthcity.todo.review", null, locale),
                        desk.waitingFor(user),
                        "/healthcity/submissions",
                        false),
                new Todo(
                        messages.getMessage("healthcity.todo.missing", null, locale),
                        missing,
                        "/healthcity/submissions?year=" + lastYear,
                        true));
    }
}
