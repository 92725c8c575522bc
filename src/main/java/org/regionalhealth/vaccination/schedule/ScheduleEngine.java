package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The vaccination forecast (HL7 Immunization Decision Support terms: what is due, overdue and next, with earliest and
 * latest days) computed from the rules as data ({@link ScheduleRules}). Pure and thread-safe: no clock, no database.
 *
 * <p>The rules applied: the national schedule rows in force on the forecast day; minimum age (the listed age is the
 * earliest, 2021 说明); minimum intervals from the previous dose and from the first; two live injected vaccines on the
 * same day or ≥ 28 days apart; catch-up under 18 (补种: only the missing doses, never a restart; DT/Td substitution
 * by age); a combination vaccine counts as a dose of each of its component series; label regimens of self-paid
 * vaccines by age at the first dose; seasonal influenza; Zhejiang's free programmes.
 */
public final class ScheduleEngine {

    /** 及时接种: a dose without a completion deadline is late one month after it fell due [K, docs/vaccination.md]. */
    static final Period TIMELINESS = Period.ofMonths(1);

    static final Period LIVE_GAP = Period.ofDays(28);

    private final ScheduleRules rules;

    public ScheduleEngine(ScheduleRules rules) {
        this.rules = rules;
    }

    public ScheduleRules rules() {
        return rules;
    }

    /**
     * The forecast for a person.
     *
     * @param sex {@code 'F'} or {@code 'M'}
     * @param history doses given, any order
     * @param asOf the forecast day
     */
    public Forecast forecast(LocalDate birthDate, char sex, List<GivenDose> history, LocalDate asOf) {
        return forecast(birthDate, sex, history, asOf, "");
    }

    /** The forecast, with a track preferred for series that have not started (JE-I rather than JE-L …). */
    Forecast forecast(LocalDate birthDate, char sex, List<GivenDose> history, LocalDate asOf, String preferredTrack) {
        var sorted = history.stream()
                .filter(d -> !d.date().isAfter(asOf))
                .sorted(Comparator.comparing(GivenDose::date))
                .toList();
        var liveDates = new ArrayList<LocalDate>();
        for (var d : sorted) {
            rules.vaccine(d.product()).filter(Vaccine::liveInjectable).ifPresent(v -> liveDates.add(d.date()));
        }
        var items = new ArrayList<DoseForecast>();
        for (var series : rules.nationalSeries()) {
            programmeSeries(series, birthDate, sex, sorted, liveDates, asOf, preferredTrack, items);
        }
        for (var series : rules.nonProgrammeSeries()) {
            labelSeries(series, birthDate, sex, sorted, liveDates, asOf, items);
        }
        influenza(birthDate, sex, sorted, asOf, items);
        return new Forecast(birthDate, asOf, List.copyOf(items));
    }

    private void programmeSeries(
            String series,
            LocalDate birth,
            char sex,
            List<GivenDose> history,
            List<LocalDate> liveDates,
            LocalDate asOf,
            String preferredTrack,
            List<DoseForecast> out) {
        var rows = new ArrayList<DoseRule>();
        for (var r : rules.national()) {
            if (r.series().equals(series) && r.inForceOn(asOf) && r.appliesTo(birth, sex)) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        var given = dosesOf(series, history);
        var track = chooseTrack(rows, given, preferredTrack);
        var trackRows = rows.stream()
                .filter(r -> r.track().isEmpty() || r.track().equals(track))
                .sorted(Comparator.comparingInt(DoseRule::dose))
                .toList();
        int lastDose = trackRows.get(trackRows.size() - 1).dose();
        var substitution = rules.substitutions().stream()
                .filter(s -> s.series().equals(series) && s.appliesOn(birth, asOf))
                .findFirst()
                .orElse(null);
        int n = given.size();
        int target = substitution != null && n < substitution.totalDoses() ? substitution.totalDoses() : lastDose;
        if (n >= target) {
            var last = trackRows.get(Math.min(n, trackRows.size()) - 1);
            out.add(complete(series, track, n, last.product(), given.get(n - 1).date(), true, last.source()));
            return;
        }
        @Nullable LocalDate first = given.isEmpty() ? null : given.get(0).date();
        @Nullable LocalDate previous = given.isEmpty() ? null : given.get(n - 1).date();
        for (int k = n + 1; k <= target; k++) {
            var row = rowFor(trackRows, k);
            if (row == null) {
                break;
            }
            boolean isNext = k == n + 1;
            String product = substitution != null ? substitution.product() : row.product();
            var vaccine = rules.vaccine(product).orElseThrow();
            var earliest = earliest(
                    birth,
                    row,
                    first,
                    previous,
                    vaccine.liveInjectable() ? liveDates : List.of(),
                    isNext ? asOf : null);
            Period maxAge = substitution != null ? substitution.toAge() : row.maxAge();
            LocalDate ageLimit = maxAge == null ? null : birth.plus(maxAge);
            var recommended = birth.plus(row.minAge());
            var overdueFrom =
                    row.completeBefore() != null ? birth.plus(row.completeBefore()) : recommended.plus(TIMELINESS);
            String source = substitution != null ? substitution.source() : row.source();
            boolean unconfirmed = rules.source(source).status().needsChecking();
            if (isNext && ageLimit != null && !asOf.isBefore(ageLimit)) {
                out.add(new DoseForecast(
                        series,
                        track,
                        k,
                        product,
                        DoseStatus.AGED_OUT,
                        true,
                        null,
                        recommended,
                        overdueFrom.minusDays(1),
                        null,
                        true,
                        true,
                        true,
                        source,
                        unconfirmed,
                        row.note()));
                break;
            }
            if (!isNext && ageLimit != null && !earliest.day().isBefore(ageLimit)) {
                break;
            }
            DoseStatus status;
            if (!isNext || asOf.isBefore(earliest.day())) {
                status = DoseStatus.UPCOMING;
            } else if (!asOf.isBefore(overdueFrom)) {
                status = DoseStatus.OVERDUE;
            } else {
                status = DoseStatus.DUE;
            }
            boolean catchUp = substitution != null || !asOf.isBefore(overdueFrom);
            out.add(new DoseForecast(
                    series,
                    track,
                    k,
                    product,
                    status,
                    isNext,
                    earliest.day(),
                    recommended,
                    overdueFrom.minusDays(1),
                    earliest.reason(),
                    true,
                    true,
                    catchUp,
                    source,
                    unconfirmed,
                    row.note()));
            // a projected dose counts from the day the previous one can be given at the soonest (today if late)
            var projected = earliest.day().isBefore(asOf) ? asOf : earliest.day();
            if (first == null) {
                first = projected;
            }
            previous = projected;
        }
    }

    private void labelSeries(
            String series,
            LocalDate birth,
            char sex,
            List<GivenDose> history,
            List<LocalDate> liveDates,
            LocalDate asOf,
            List<DoseForecast> out) {
        var given = dosesOf(series, history);
        var all = rules.nonProgramme().stream()
                .filter(r -> r.series().equals(series) && r.appliesTo(birth, sex))
                .toList();
        if (all.isEmpty()) {
            return;
        }
        var tracks = new LinkedHashSet<String>();
        if (!given.isEmpty()) {
            tracks.add(rules.vaccine(given.get(0).product()).map(Vaccine::track).orElse(""));
        } else {
            all.forEach(r -> tracks.add(r.track()));
        }
        var start = given.isEmpty() ? asOf : given.get(0).date();
        for (var track : tracks) {
            var rows = all.stream()
                    .filter(r -> r.track().equals(track) && r.appliesToStartAge(birth, start))
                    .sorted(Comparator.comparingInt(DoseRule::dose))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            int n = given.size();
            var row = rowFor(rows, n + 1);
            if (row == null) {
                var last = rows.get(rows.size() - 1);
                out.add(complete(
                        series, track, n, last.product(), given.get(n - 1).date(), false, last.source()));
                continue;
            }
            var vaccine = rules.vaccine(row.product()).orElseThrow();
            var earliest = earliest(
                    birth,
                    row,
                    given.isEmpty() ? null : given.get(0).date(),
                    given.isEmpty() ? null : given.get(n - 1).date(),
                    vaccine.liveInjectable() ? liveDates : List.of(),
                    asOf);
            var status = asOf.isBefore(earliest.day()) ? DoseStatus.UPCOMING : DoseStatus.DUE;
            if (given.isEmpty() && status == DoseStatus.UPCOMING) {
                continue; // not a candidate yet: only started courses are projected
            }
            boolean unconfirmed = rules.source(row.source()).status().needsChecking();
            out.add(new DoseForecast(
                    series,
                    track,
                    n + 1,
                    row.product(),
                    status,
                    true,
                    earliest.day(),
                    birth.plus(row.minAge()),
                    null,
                    earliest.reason(),
                    false,
                    free(series, row.product(), birth, sex, asOf),
                    false,
                    row.source(),
                    unconfirmed,
                    row.note()));
        }
    }

    private void influenza(LocalDate birth, char sex, List<GivenDose> history, LocalDate asOf, List<DoseForecast> out) {
        var rule = rules.influenza();
        var minDay = birth.plus(rule.minAge());
        if (asOf.isBefore(minDay)) {
            return;
        }
        var seasonStart = rule.seasonStartOf(asOf);
        var given = dosesOf("FLU", history);
        var thisSeason =
                given.stream().filter(d -> !d.date().isBefore(seasonStart)).toList();
        boolean earlier = given.size() > thisSeason.size();
        int needed = !earlier && asOf.isBefore(birth.plus(rule.twoDoseMaxAge())) ? 2 : 1;
        boolean free = free("FLU", "IIV", birth, sex, asOf);
        if (thisSeason.size() >= needed) {
            out.add(new DoseForecast(
                    "FLU",
                    "",
                    thisSeason.size(),
                    "IIV",
                    DoseStatus.COMPLETE,
                    true,
                    seasonStart.plusYears(1),
                    seasonStart.plusYears(1),
                    null,
                    EarliestReason.SEASON,
                    false,
                    free,
                    false,
                    rule.source(),
                    false,
                    ""));
            return;
        }
        var earliest = seasonStart.isAfter(minDay) ? seasonStart : minDay;
        var reason = seasonStart.isAfter(minDay) ? EarliestReason.SEASON : EarliestReason.MIN_AGE;
        if (!thisSeason.isEmpty()) {
            var interval = thisSeason.get(thisSeason.size() - 1).date().plus(rule.twoDoseInterval());
            if (interval.isAfter(earliest)) {
                earliest = interval;
                reason = EarliestReason.MIN_INTERVAL;
            }
        }
        var status = asOf.isBefore(earliest) ? DoseStatus.UPCOMING : DoseStatus.DUE;
        out.add(new DoseForecast(
                "FLU",
                "",
                thisSeason.size() + 1,
                "IIV",
                status,
                true,
                earliest,
                earliest,
                null,
                reason,
                false,
                free,
                false,
                rule.source(),
                false,
                ""));
    }

    /** Free to the person: a programme product, or a Zhejiang programme covers them on the day. */
    public boolean free(String series, String product, LocalDate birth, char sex, LocalDate day) {
        if (rules.vaccine(product).map(Vaccine::programme).orElse(false)) {
            return true;
        }
        return programme(series, product, birth, sex, day).isPresent();
    }

    /** The Zhejiang programme that makes the product free for the person on the day, if any. */
    public Optional<Programme> programme(String series, String product, LocalDate birth, char sex, LocalDate day) {
        return rules.programmes().stream()
                .filter(p -> p.series().equals(series) && p.product().equals(product))
                .filter(p -> p.covers(birth, sex, day))
                .findFirst();
    }

    /**
     * Whether the product may be given on the day: empty when it may, else every reason it may not (nothing is
     * recorded by the caller then).
     */
    public List<Violation> check(
            LocalDate birthDate, char sex, List<GivenDose> history, String product, LocalDate day) {
        var vaccine = rules.vaccine(product).orElse(null);
        if (vaccine == null) {
            return List.of(new Violation(Violation.Code.UNKNOWN_PRODUCT, "", null));
        }
        var forecast = forecast(birthDate, sex, history, day, vaccine.track());
        var violations = new ArrayList<Violation>();
        int complete = 0;
        for (var series : vaccine.series()) {
            var item = forecast.nextOf(series, vaccine.track()).orElse(null);
            if (item == null) {
                violations.add(new Violation(Violation.Code.NOT_ELIGIBLE, series, null));
                continue;
            }
            switch (item.status()) {
                case COMPLETE -> complete++;
                case AGED_OUT -> violations.add(new Violation(Violation.Code.AGED_OUT, series, null));
                case UPCOMING ->
                    violations.add(new Violation(
                            item.reason() == EarliestReason.MIN_AGE
                                    ? Violation.Code.TOO_YOUNG
                                    : item.reason() == EarliestReason.LIVE_VACCINE_28_DAYS
                                            ? Violation.Code.LIVE_VACCINE_28_DAYS
                                            : Violation.Code.TOO_SOON,
                            series,
                            item.earliest()));
                default -> {}
            }
        }
        if (complete == vaccine.series().size()) {
            violations.add(new Violation(
                    Violation.Code.SERIES_COMPLETE, vaccine.series().get(0), null));
        }
        return violations;
    }

    /**
     * The doses of today's visit: programme doses that are due or overdue, overdue first, within the per-visit limit
     * of injections (oral vaccines do not count); {@code maxInjections} 0 = no limit (the 2021 说明).
     */
    public VisitPlan plan(Forecast forecast, int maxInjections) {
        var today = new ArrayList<DoseForecast>();
        var deferred = new ArrayList<DoseForecast>();
        int injections = 0;
        for (var d : forecast.programmeActionable()) {
            boolean injected =
                    rules.vaccine(d.product()).map(Vaccine::injectable).orElse(true);
            if (maxInjections > 0 && injected && injections >= maxInjections) {
                deferred.add(d);
                continue;
            }
            if (injected) {
                injections++;
            }
            today.add(d);
        }
        return new VisitPlan(List.copyOf(today), List.copyOf(deferred));
    }

    /**
     * Combination vaccines that could replace several of today's doses: every programme component is due or overdue
     * today, and no component's series is complete.
     */
    public List<Vaccine> combinationOptions(Forecast forecast) {
        var options = new ArrayList<Vaccine>();
        for (var v : rules.vaccines().values()) {
            if (!v.combination()) {
                continue;
            }
            boolean fits = true;
            int programmeDue = 0;
            for (var series : v.series()) {
                var item = forecast.nextOf(series, "").orElse(null);
                if (item == null || !item.actionable()) {
                    fits = false;
                    break;
                }
                if (item.programme()) {
                    programmeDue++;
                }
            }
            if (fits && programmeDue > 0) {
                options.add(v);
            }
        }
        return options;
    }

    /** The visits of a post-exposure rabies regimen (ESSEN or ZAGREB) from the first visit. */
    public List<ScheduledVisit> rabiesPostExposure(String regimen, LocalDate dayZero) {
        var visits = rules.rabies(regimen);
        if (visits.isEmpty()) {
            throw new IllegalArgumentException("unknown rabies regimen " + regimen);
        }
        return visits.stream()
                .map(v -> new ScheduledVisit(v.visit(), dayZero.plusDays(v.day()), v.doses()))
                .toList();
    }

    /** Labels of the series for messages: the first product's name of each series. */
    public Map<String, String> seriesProducts() {
        var result = new java.util.LinkedHashMap<String, String>();
        for (var r : rules.national()) {
            result.putIfAbsent(r.series(), r.product());
        }
        for (var r : rules.nonProgramme()) {
            result.putIfAbsent(r.series(), r.product());
        }
        result.putIfAbsent("FLU", "IIV");
        return result;
    }

    private record Earliest(LocalDate day, EarliestReason reason) {}

    private static Earliest earliest(
            LocalDate birth,
            DoseRule row,
            @Nullable LocalDate first,
            @Nullable LocalDate previous,
            List<LocalDate> liveDates,
            @Nullable LocalDate asOf) {
        var day = birth.plus(row.minAge());
        var reason = EarliestReason.MIN_AGE;
        if (previous != null && row.minInterval() != null) {
            var c = previous.plus(row.minInterval());
            if (c.isAfter(day)) {
                day = c;
                reason = EarliestReason.MIN_INTERVAL;
            }
        }
        if (first != null && row.minFromFirst() != null) {
            var c = first.plus(row.minFromFirst());
            if (c.isAfter(day)) {
                day = c;
                reason = EarliestReason.MIN_FROM_FIRST;
            }
        }
        // two live injected vaccines: the same day, or at least 28 days apart (2021 说明); for the next dose the
        // window is tested on the forecast day when that is later than the earliest day
        var effective = asOf != null && asOf.isAfter(day) ? asOf : day;
        for (var live : liveDates) {
            var gapEnd = live.plus(LIVE_GAP);
            if (live.isBefore(effective) && effective.isBefore(gapEnd)) {
                day = gapEnd;
                effective = gapEnd;
                reason = EarliestReason.LIVE_VACCINE_28_DAYS;
            }
        }
        return new Earliest(day, reason);
    }

    private List<GivenDose> dosesOf(String series, List<GivenDose> history) {
        var result = new ArrayList<GivenDose>();
        for (var d : history) {
            var v = rules.vaccine(d.product()).orElse(null);
            if (v != null && v.series().contains(series)) {
                result.add(d);
            }
        }
        return result;
    }

    private String chooseTrack(List<DoseRule> rows, List<GivenDose> given, String preferred) {
        for (var d : given) {
            var track = rules.vaccine(d.product()).map(Vaccine::track).orElse("");
            if (!track.isEmpty() && rows.stream().anyMatch(r -> r.track().equals(track))) {
                return track;
            }
        }
        if (given.isEmpty()
                && !preferred.isEmpty()
                && rows.stream().anyMatch(r -> r.track().equals(preferred))) {
            return preferred;
        }
        return rows.stream()
                .map(DoseRule::track)
                .filter(t -> !t.isEmpty())
                .findFirst()
                .orElse("");
    }

    private static @Nullable DoseRule rowFor(List<DoseRule> rows, int dose) {
        for (var r : rows) {
            if (r.dose() == dose) {
                return r;
            }
        }
        return null;
    }

    private DoseForecast complete(
            String series, String track, int n, String product, LocalDate lastDay, boolean programme, String source) {
        return new DoseForecast(
                series,
                track,
                n,
                product,
                DoseStatus.COMPLETE,
                true,
                null,
                lastDay,
                null,
                null,
                programme,
                programme,
                false,
                source,
                false,
                "");
    }
}
