package org.regionalhealth.surveillance.signals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which days are school days ({@code surveillance/calendar/school-calendar.yaml}): inside a term, not a weekend unless
 * a make-up day, not a public holiday. The school channel's baselines use school days only.
 */
public final class SchoolCalendar {

    private record Range(LocalDate from, LocalDate to) {
        boolean contains(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    private final List<Range> terms;
    private final List<Range> holidays;
    private final Set<LocalDate> makeUpDays;

    SchoolCalendar(List<Range> terms, List<Range> holidays, Set<LocalDate> makeUpDays) {
        this.terms = terms;
        this.holidays = holidays;
        this.makeUpDays = makeUpDays;
    }

    public boolean isSchoolDay(LocalDate day) {
        if (terms.stream().noneMatch(t -> t.contains(day))) {
            return false;
        }
        if (holidays.stream().anyMatch(h -> h.contains(day))) {
            return false;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || makeUpDays.contains(day);
    }

    /** The first school days of a term (term start: absences run high while the baseline is still term-free). */
    public boolean isTermStart(LocalDate day, int days) {
        return terms.stream()
                .anyMatch(t -> !day.isBefore(t.from()) && day.isBefore(t.from().plusDays(days)));
    }

    public static SchoolCalendar bundled() {
        InputStream in = SchoolCalendar.class.getResourceAsStream("/surveillance/calendar/school-calendar.yaml");
        if (in == null) {
            throw new IllegalStateException("school calendar missing from the classpath");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Map<?, ?> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Set<LocalDate> makeUp = new HashSet<>();
            if (doc.get("schoolDays") instanceof List<?> list) {
                list.forEach(d -> makeUp.add(date(d)));
            }
            return new SchoolCalendar(ranges(doc.get("terms")), ranges(doc.get("holidays")), makeUp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Range> ranges(Object list) {
        List<Range> out = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object o : items) {
                Map<?, ?> m = (Map<?, ?>) o;
                out.add(new Range(date(m.get("from")), date(m.get("to"))));
            }
        }
        return out;
    }

    private static LocalDate date(Object v) {
        if (v instanceof java.util.Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(v));
    }
}
