package org.regionalhealth.ecg.worklist;

import java.util.List;
import java.util.Set;
import org.regionalhealth.ecg.callback.CallBacks;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.Todo;
import org.regionalhealth.platform.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The ECG network on the home page and in the menu: an ECG physician sees the ECGs waiting to be read (red when a
 * suspected STEMI waits); a station sees a critical call-back it has not confirmed yet (shown only when there is one).
 */
@Configuration(proxyBeanMethods = false)
class EcgTodos implements TodoSource {

    private final EcgWorklist worklist;
    private final MessageSource messages;
    private final CallBacks callBacks;

    EcgTodos(EcgWorklist worklist, MessageSource messages, CallBacks callBacks) {
        this.worklist = worklist;
        this.callBacks = callBacks;
        this.messages = messages;
    }

    @Bean
    static NavigationItem ecgWorklistNavigation() {
        return new NavigationItem(
                "ecg.nav.worklist",
                "/ecg/worklist",
                MenuSection.CLINICAL,
                Set.of(Role.ECG_PHYSICIAN, Role.DISTRICT_ADMIN));
    }

    @Bean
    static NavigationItem ecgStationNavigation() {
        return new NavigationItem("ecg.nav.station", "/ecg/station", MenuSection.CLINICAL, Set.of(Role.STATION_DOCTOR));
    }

    @Override
    public List<Todo> todos(CurrentUser user) {
        if (user.role() == Role.ECG_PHYSICIAN) {
            long stemi = worklist.countOpen(user, true);
            long open = worklist.countOpen(user, false);
            return List.of(
                    new Todo(label("ecg.todo.stemi"), stemi, "/ecg/worklist", stemi > 0),
                    new Todo(label("ecg.todo.queued"), open, "/ecg/worklist", false));
        }
        if (user.role() == Role.STATION_DOCTOR) {
            long waiting = worklist.countAwaitingConfirmation(user);
            return waiting == 0
                    ? List.of()
                    : List.of(new Todo(label("ecg.todo.callback"), waiting, "/ecg/station", true));
        }
        if (user.role() == Role.HOSPITAL_DOCTOR) {
            long running = callBacks.countOpen(user);
            return running == 0
                    ? List.of()
                    : List.of(new Todo(label("ecg.todo.chestPain"), running, "/ecg/chest-pain", true));
        }
        return List.of();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
