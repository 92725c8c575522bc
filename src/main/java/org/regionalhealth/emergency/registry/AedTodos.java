package org.regionalhealth.emergency.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.emergency.AedCondition;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.Todo;
import org.regionalhealth.platform.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The 120 centre's reminders: AEDs whose pads or battery expire within the warning window or already expired (the
 * owner must be told to replace them), and AEDs whose monthly check is overdue.
 */
@Component
class AedTodos implements TodoSource {

    private final AedRegistry registry;
    private final EmergencyProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    AedTodos(AedRegistry registry, EmergencyProperties properties, MessageSource messages, Clock clock) {
        this.registry = registry;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Todo> todos(CurrentUser user) {
        if (user.role() != Role.EMERGENCY_OFFICER && user.role() != Role.DISTRICT_ADMIN) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        var rules = properties.careRules();
        long expiring = 0;
        long overdue = 0;
        long expired = 0;
        for (var aed : registry.all()) {
            switch (AedCondition.of(aed, today, rules)) {
                case EXPIRING -> expiring++;
                case EXPIRED -> expired++;
                case INSPECTION_OVERDUE -> overdue++;
                default -> {}
            }
        }
        var locale = LocaleContextHolder.getLocale();
        return List.of(
                new Todo(
                        messages.getMessage("emergency.todo.expiry", null, locale),
                        expiring + expired,
                        "/emergency/aeds?condition=" + (expired > 0 ? "EXPIRED" : "EXPIRING"),
                        expired > 0),
                new Todo(
                        messages.getMessage("emergency.todo.inspection", null, locale),
                        overdue,
                        "/emergency/aeds?condition=INSPECTION_OVERDUE",
                        overdue > 0));
    }
}
