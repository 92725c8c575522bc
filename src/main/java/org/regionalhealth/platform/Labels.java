package org.regionalhealth.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of enum values for pages and exports, by one convention: the message {@code enum.<SimpleName>.<NAME>} of
 * the module's bundle (docs/adr/0011-platform-conventions.md). Templates write {@code ${@labels.of(state)}}; a
 * missing key shows the key itself, which the label tests and the browser walk catch.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(@Nullable Enum<?> value) {
        if (value == null) {
            return "";
        }
        var key = key(value);
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The label in a given language (an API that returns both, an export that is always Chinese). */
    public String of(@Nullable Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        var key = key(value);
        return messages.getMessage(key, null, key, locale);
    }

    /** The Chinese label, whatever the request's language: problem details, Excel exports, messages to HIS. */
    public String zh(@Nullable Enum<?> value) {
        return of(value, Locale.SIMPLIFIED_CHINESE);
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
