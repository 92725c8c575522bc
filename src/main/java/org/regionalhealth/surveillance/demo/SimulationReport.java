package org.regionalhealth.surveillance.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signals against the injected truth (research §9.4): sensitivity (episodes with a matching signal), false alarms
 * (signals matching no episode) and their share, days to detection (first matching signal's first day − episode
 * start). A signal matches an episode in the same town and syndrome group whose days it overlaps, or that it
 * follows within three days.
 */
record SimulationReport(
        int episodes,
        int detected,
        List<Long> delays,
        int signals,
        int falseAlarms,
        int actionable,
        int actionableFalse,
        LocalDate from,
        LocalDate to) {

    static final int LATE_DAYS = 3;

    static boolean matches(
            SurveillanceDemoSeeder.Episode e, String town, String syndrome, LocalDate first, LocalDate last) {
        return e.town().equals(town)
                && e.syndrome().equals(syndrome)
                && !first.isAfter(e.end().plusDays(LATE_DAYS))
                && !last.isBefore(e.start());
    }

    private record Sig(String town, String syndrome, LocalDate first, LocalDate last, String grade) {}

    static SimulationReport of(
            JdbcClient jdbc, List<SurveillanceDemoSeeder.Episode> truth, LocalDate from, LocalDate to) {
        List<Sig> signals = jdbc.sql(
                        "select town_code, syndrome, first_day, last_day, grade from surveillance_signal where simulated")
                .query((rs, n) -> new Sig(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
        int detected = 0;
        List<Long> delays = new ArrayList<>();
        for (SurveillanceDemoSeeder.Episode e : truth) {
            LocalDate firstSignal = signals.stream()
                    .filter(s -> matches(e, s.town(), s.syndrome(), s.first(), s.last()))
                    .map(Sig::first)
                    .min(LocalDate::compareTo)
                    .orElse(null);
            if (firstSignal != null) {
                detected++;
                delays.add(Math.max(0, ChronoUnit.DAYS.between(e.start(), firstSignal)));
            }
        }
        int falseAlarms = (int) signals.stream()
                .filter(s -> truth.stream().noneMatch(e -> matches(e, s.town(), s.syndrome(), s.first(), s.last())))
                .count();
        List<Sig> graded =
                signals.stream().filter(s -> !"blue".equals(s.grade())).toList();
        int gradedFalse = (int) graded.stream()
                .filter(s -> truth.stream().noneMatch(e -> matches(e, s.town(), s.syndrome(), s.first(), s.last())))
                .count();
        delays.sort(null);
        return new SimulationReport(
                truth.size(), detected, delays, signals.size(), falseAlarms, graded.size(), gradedFalse, from, to);
    }

    String text() {
        double sensitivity = episodes == 0 ? 0 : detected / (double) episodes;
        double median = delays.isEmpty()
                ? Double.NaN
                : delays.size() % 2 == 1
                        ? delays.get(delays.size() / 2)
                        : (delays.get(delays.size() / 2 - 1) + delays.get(delays.size() / 2)) / 2.0;
        return String.format(
                Locale.ROOT,
                "演示期 %s 至 %s：注入事件 %d 起，检出 %d 起（灵敏度 %.1f%%）；检出时间中位数 %s 天（0 = 首日）；"
                        + "信号 %d 条，其中与注入事件无关（误报）%d 条（%.1f%%）；"
                        + "黄色及以上（需处置）信号 %d 条，其中误报 %d 条（%.1f%%），其余为蓝色观察信号。",
                from,
                to,
                episodes,
                detected,
                100 * sensitivity,
                Double.isNaN(median) ? "—" : String.format(Locale.ROOT, "%.1f", median),
                signals,
                falseAlarms,
                signals == 0 ? 0 : 100.0 * falseAlarms / signals,
                actionable,
                actionableFalse,
                actionable == 0 ? 0 : 100.0 * actionableFalse / actionable);
    }
}
