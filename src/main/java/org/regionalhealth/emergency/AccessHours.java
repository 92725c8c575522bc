package org.regionalhealth.emergency;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When the public can reach an AED: round the clock, or weekly opening intervals. An interval is half-open: the AED
 * is reachable from {@code opens} (inclusive) until {@code closes} (exclusive), on the same day; an interval reaching
 * midnight is written with {@code closes} = 24:00.
 *
 * <p>Stored as text: {@code 24h}, or intervals separated by {@code ;}, each {@code days HH:mm-HH:mm} where days is
 * an ISO day number (1 = Monday … 7 = Sunday) or a range {@code 1-5}: {@code 1-5 08:00-18:00;6 09:00-12:00}.
 */
public record AccessHours(boolean always, List<Interval> intervals) {

    /** One opening interval of one weekday; {@code closesMinute} is minutes after midnight, up to 1440. */
    public record Interval(DayOfWeek day, int opensMinute, int closesMinute) {
        public Interval {
            if (opensMinute < 0 || closesMinute > 1440 || closesMinute <= opensMinute) {
                throw new IllegalArgumentException("bad interval " + opensMinute + "-" + closesMinute);
            }
        }

        boolean contains(DayOfWeek d, int minute) {
            return d == day && minute >= opensMinute && minute < closesMinute;
        }
    }

    public AccessHours {
        intervals = List.copyOf(intervals);
    }

    public static AccessHours roundTheClock() {
        return new AccessHours(true, List.of());
    }

    /** Whether the public can reach the AED at this local time. */
    public boolean openAt(LocalDateTime time) {
        if (always) {
            return true;
        }
        int minute = time.getHour() * 60 + time.getMinute();
        DayOfWeek day = time.getDayOfWeek();
        return intervals.stream().anyMatch(i -> i.contains(day, minute));
    }

    public static AccessHours parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("24h")) {
            return roundTheClock();
        }
        var result = new ArrayList<Interval>();
        for (String part : t.split(";")) {
            String[] dayAndTime = part.strip().split(" ");
            if (dayAndTime.length != 2) {
                throw new IllegalArgumentException("bad access hours: " + text);
            }
            String[] days = dayAndTime[0].split("-");
            int from = Integer.parseInt(days[0]);
            int to = days.length > 1 ? Integer.parseInt(days[1]) : from;
            String[] times = dayAndTime[1].split("-");
            int opens = minutes(times[0]);
            int closes = minutes(times[1]);
            for (int d = from; d <= to; d++) {
                result.add(new Interval(DayOfWeek.of(d), opens, closes));
            }
        }
        return new AccessHours(false, result);
    }

    /** The stored form, one interval per weekday (parse(format()) equals this). */
    public String format() {
        if (always) {
            return "24h";
        }
        return intervals.stream()
                .map(i -> i.day().getValue() + " " + time(i.opensMinute()) + "-" + time(i.closesMinute()))
                .collect(Collectors.joining(";"));
    }

    /** A short description for people: 全天24小时开放, or 周一至周五 08:00–18:00；周六 09:00–12:00. */
    public String describe(Locale locale) {
        boolean zh = !"en".equals(locale.getLanguage());
        if (always) {
            return zh ? "全天24小时开放" : "Open 24 hours";
        }
        // group consecutive days with the same times
        var sorted = intervals.stream()
                .sorted(Comparator.comparing(Interval::opensMinute).thenComparing(Interval::day))
                .toList();
        var groups = new ArrayList<String>();
        int i = 0;
        while (i < sorted.size()) {
            Interval first = sorted.get(i);
            int j = i;
            while (j + 1 < sorted.size()
                    && sorted.get(j + 1).opensMinute() == first.opensMinute()
                    && sorted.get(j + 1).closesMinute() == first.closesMinute()
                    && sorted.get(j + 1).day().getValue() == sorted.get(j).day().getValue() + 1) {
                j++;
            }
            String days = dayName(first.day(), zh)
                    + (j > i ? (zh ? "至" : "–") + dayName(sorted.get(j).day(), zh) : "");
            groups.add(days + " " + time(first.opensMinute()) + "–" + time(first.closesMinute()));
            i = j + 1;
        }
        return String.join(zh ? "；" : "; ", groups);
    }

    private static String dayName(DayOfWeek day, boolean zh) {
        if (zh) {
            return "周" + "一二三四五六日".charAt(day.getValue() - 1);
        }
        return day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    }

    private static int minutes(String hhmm) {
        String[] p = hhmm.split(":");
        int m = Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
        if (m > 1440) {
            throw new IllegalArgumentException("bad time " + hhmm);
        }
        return m;
    }

    private static String time(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }

    /** Used by the demo: opening on a range of weekdays with the same times. */
    public static AccessHours weekly(int fromDay, int toDay, LocalTime opens, LocalTime closes) {
        int o = opens.getHour() * 60 + opens.getMinute();
        int c = closes.equals(LocalTime.MIDNIGHT) ? 1440 : closes.getHour() * 60 + closes.getMinute();
        var list = new ArrayList<Interval>();
        for (int d = fromDay; d <= toDay; d++) {
            list.add(new Interval(DayOfWeek.of(d), o, c));
        }
        return new AccessHours(false, list);
    }
}
