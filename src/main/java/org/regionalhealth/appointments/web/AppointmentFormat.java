package org.regionalhealth.appointments.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, times and fees as the district's pages write them, in the district's zone ({@code @appointmentFormat}). */
@Component("appointmentFormat")
public class AppointmentFormat {

    private final Clock clock;

    AppointmentFormat(Clock clock) {
        this.clock = clock;
    }

    /** 12月8日 周二 08:35 */
    public String when(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        var t = instant.atZone(clock.getZone());
        return day(t.toLocalDate()) + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /** 12月8日 周二 */
    public String day(@Nullable LocalDate day) {
        if (day == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (locale.getLanguage().equals("en")) {
            return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day.getDayOfMonth() + " "
                    + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日 "
                + day.getDayOfWeek()
                        .getDisplayName(TextStyle.SHORT, Locale.CHINA)
                        .replace("星期", "周");
    }

    /** 08:35 */
    public String time(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        var t = instant.atZone(clock.getZone());
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /** ¥25 or ¥12.5 */
    public String fee(int cents) {
        return cents % 100 == 0 ? "¥" + cents / 100 : String.format("¥%.2f", cents / 100.0);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isToday(LocalDate day) {
        return day.equals(today());
    }

    public boolean before(Instant instant) {
        return clock.instant().isBefore(instant);
    }
}
