package org.regionalhealth.weight.alerts;

import java.util.List;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.Todo;
import org.regionalhealth.platform.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** 萧慧减 red flags waiting for the family doctor, on the doctor's home page beside the worklist's to-dos. */
@Component
class AlertTodos implements TodoSource {

    private final Alerts alerts;
    private final MessageSource messages;

    AlertTodos(Alerts alerts, MessageSource messages) {
        this.alerts = alerts;
        this.messages = messages;
    }

    @Override
    public List<Todo> todos(CurrentUser user) {
        if (user.role() != Role.STATION_DOCTOR && user.role() != Role.DISTRICT_ADMIN) {
            return List.of();
        }
        long open = alerts.openCount(user);
        return List.of(new Todo(
                messages.getMessage("weight.todo.alerts", null, LocaleContextHolder.getLocale()),
                open,
                "/weight/clinic#alerts",
                open > 0));
    }
}
