package org.regionalhealth.familydoctor.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.platform.PlatformException;

/**
 * A reporting period. {@code R12} is the last twelve months to today (the headline figures); {@code Qyyyy-q} are
 * calendar quarters (the trend), the current one to date.
 */
public record Period(String key, LocalDate from, LocalDate to) {

    public static Period rolling12(LocalDate today) {
        return new Period("R12", today.minusYears(1).plusDays(1), today);
    }

    public static Period quarterOf(LocalDate day, LocalDate today) {
        int q = (day.getMonthValue() - 1) / 3;
        var from = LocalDate.of(day.getYear(), q * 3 + 1, 1);
        var to = from.plusMonths(3).minusDays(1);
        return new Period("Q" + day.getYear() + "-" + (q + 1), from, to.isAfter(today) ? today : to);
    }

    /** The last {@code count} quarters, oldest first, the current quarter to date last. */
    public static List<Period> quarters(LocalDate today, int count) {
        var list = new ArrayList<Period>();
        for (int i = count - 1; i >= 0; i--) {
            list.add(quarterOf(today.minusMonths(3L * i), today));
        }
        return list;
    }

    /** Every period the indicators are kept for: R12 and the last eight quarters. */
    public static List<Period> all(LocalDate today) {
        var list = new ArrayList<Period>();
        list.add(rolling12(today));
        list.addAll(quarters(today, 8));
        return list;
    }

    /** The periods a new follow-up today changes. */
    /** The period of this key among {@link #all} on that day, or a field error for a key that does not exist. */
    public static Period byKey(String key, LocalDate today) {
        return all(today).stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> PlatformException.invalidField("PERIOD_UNKNOWN", "period", "统计期不存在：" + key));
    }

    public static List<Period> current(LocalDate today) {
        return List.of(rolling12(today), quarterOf(today, today));
    }
}
