package org.regionalhealth.populationscreening.worklist;

import java.util.List;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.Todo;
import org.regionalhealth.platform.TodoSource;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.WorklistView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Positive screens whose referral clock ran out, on the family doctor's home page. */
@Component
class ScreeningTodos implements TodoSource {

    private final ScreeningProgrammes programmes;
    private final MessageSource messages;

    ScreeningTodos(ScreeningProgrammes programmes, MessageSource messages) {
        this.programmes = programmes;
        this.messages = messages;
    }

    @Override
    public List<Todo> todos(CurrentUser user) {
        if (user.role() != Role.STATION_DOCTOR && user.role() != Role.DISTRICT_ADMIN) {
            return List.of();
        }
        long overdue = programmes.worklistCounts(null, user).get(WorklistView.OVERDUE);
        return List.of(new Todo(
                messages.getMessage("populationscreening.todo.overdue", null, LocaleContextHolder.getLocale()),
                overdue,
                "/populationscreening/worklist?view=OVERDUE",
                overdue > 0));
    }
}
