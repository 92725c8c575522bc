package org.regionalhealth.vaccination.schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The vaccination rules as data (src/main/resources/vaccination/*.csv, pipe-separated, {@code #} comments): products,
 * the national schedule in its versions, catch-up substitutions, label regimens of self-paid vaccines, influenza,
 * rabies post-exposure regimens, Zhejiang's programmes, and the source of every row. Immutable once loaded.
 */
public final class ScheduleRules {

    private final Map<String, RuleSource> sources;
    private final Map<String, Vaccine> vaccines;
    private final List<DoseRule> national;
    private final List<DoseRule> nonProgramme;
    private final List<CatchUpSubstitution> substitutions;
    private final InfluenzaRule influenza;
    private final List<RabiesVisit> rabies;
    private final List<Programme> programmes;
    private final List<String> nationalSeries;
    private final List<String> nonProgrammeSeries;

    ScheduleRules(
            Map<String, RuleSource> sources,
            Map<String, Vaccine> vaccines,
            List<DoseRule> national,
            List<DoseRule> nonProgramme,
            List<CatchUpSubstitution> substitutions,
            InfluenzaRule influenza,
            List<RabiesVisit> rabies,
            List<Programme> programmes) {
        this.sources = Map.copyOf(sources);
        this.vaccines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vaccines));
        this.national = List.copyOf(national);
        this.nonProgramme = List.copyOf(nonProgramme);
        this.substitutions = List.copyOf(substitutions);
        this.influenza = influenza;
        this.rabies = List.copyOf(rabies);
        this.programmes = List.copyOf(programmes);
        this.nationalSeries = national.stream()
                .sorted(Comparator.comparing((DoseRule r) ->
                        r.minAge().toTotalMonths() * 31 + r.minAge().getDays()))
                .map(DoseRule::series)
                .distinct()
                .toList();
        this.nonProgrammeSeries =
                nonProgramme.stream().map(DoseRule::series).distinct().toList();
        validate();
    }

    /** The rules shipped with the platform. */
    public static ScheduleRules standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ScheduleRules STANDARD = load("vaccination/");
    }

    /** Loads the rule files from a class-path folder. */
    public static ScheduleRules load(String folder) {
        var sources = rows(folder + "sources.csv").stream()
                .map(r -> new RuleSource(
                        r.get("code"),
                        r.get("title"),
                        r.get("issuer"),
                        date(r.get("effective")),
                        RuleSource.Evidence.valueOf(r.get("status")),
                        r.get("evidence")))
                .collect(Collectors.toMap(RuleSource::code, Function.identity()));
        var vaccines = new LinkedHashMap<String, Vaccine>();
        for (var r : rows(folder + "vaccines.csv")) {
            vaccines.put(
                    r.get("code"),
                    new Vaccine(
                            r.get("code"),
                            r.get("name_zh"),
                            r.get("name_en"),
                            Arrays.asList(r.get("series").split("\\+")),
                            r.get("track"),
                            "Y".equals(r.get("live")),
                            r.get("route"),
                            "Y".equals(r.get("nip")),
                            new BigDecimal(r.get("price")),
                            r.get("source")));
        }
        var national = rows(folder + "schedule-national.csv").stream()
                .map(r -> new DoseRule(
                        r.get("version"),
                        r.get("series"),
                        r.get("track"),
                        Integer.parseInt(r.get("dose")),
                        r.get("product"),
                        r.get("sex"),
                        date(r.get("born_from")),
                        Period.parse(r.get("min_age")),
                        period(r.get("complete_before")),
                        period(r.get("max_age")),
                        null,
                        null,
                        period(r.get("min_interval")),
                        period(r.get("min_from_first")),
                        LocalDate.parse(r.get("valid_from")),
                        date(r.get("valid_to")),
                        true,
                        r.get("source"),
                        r.get("note")))
                .toList();
        var nonProgramme = rows(folder + "schedule-non-programme.csv").stream()
                .map(r -> new DoseRule(
                        "label",
                        r.get("series"),
                        r.get("track"),
                        Integer.parseInt(r.get("dose")),
                        r.get("product"),
                        r.get("sex"),
                        null,
                        Period.parse(r.get("min_age")),
                        null,
                        null,
                        period(r.get("start_age_min")),
                        period(r.get("start_age_max")),
                        period(r.get("min_interval")),
                        period(r.get("min_from_first")),
                        LocalDate.of(2000, 1, 1),
                        null,
                        false,
                        r.get("source"),
                        r.get("note")))
                .toList();
        var substitutions = rows(folder + "catch-up-substitutions.csv").stream()
                .map(r -> new CatchUpSubstitution(
                        r.get("series"),
                        Period.parse(r.get("from_age")),
                        Period.parse(r.get("to_age")),
                        r.get("product"),
                        Integer.parseInt(r.get("total_doses")),
                        LocalDate.parse(r.get("valid_from")),
                        date(r.get("valid_to")),
                        r.get("source")))
                .toList();
        var flu = rows(folder + "influenza.csv").get(0);
        var influenza = new InfluenzaRule(
                Period.parse(flu.get("min_age")),
                Period.parse(flu.get("two_dose_max_age")),
                Period.parse(flu.get("two_dose_interval")),
                MonthDay.parse("--" + flu.get("season_start")),
                flu.get("source"));
        var rabies = rows(folder + "rabies-pep.csv").stream()
                .map(r -> new RabiesVisit(
                        r.get("regimen"),
                        Integer.parseInt(r.get("visit")),
                        Integer.parseInt(r.get("day")),
                        Integer.parseInt(r.get("doses")),
                        r.get("source")))
                .toList();
        var programmes = rows(folder + "programmes-zhejiang.csv").stream()
                .map(r -> new Programme(
                        r.get("code"),
                        r.get("name_zh"),
                        r.get("series"),
                        r.get("product"),
                        r.get("sex"),
                        Integer.parseInt(r.get("min_age_years")),
                        r.get("max_age_years").isEmpty() ? null : Integer.parseInt(r.get("max_age_years")),
                        "YEAR".equals(r.get("age_by")),
                        LocalDate.parse(r.get("valid_from")),
                        date(r.get("valid_to")),
                        "Y".equals(r.get("enabled")),
                        r.get("source")))
                .toList();
        return new ScheduleRules(
                sources, vaccines, national, nonProgramme, substitutions, influenza, rabies, programmes);
    }

    private void validate() {
        var problems = new ArrayList<String>();
        for (var v : vaccines.values()) {
            requireSource(v.source(), "vaccine " + v.code(), problems);
        }
        for (var r : national) {
            requireSource(r.source(), "national " + r.series() + "-" + r.dose(), problems);
            if (!vaccines.containsKey(r.product())) {
                problems.add("national " + r.series() + "-" + r.dose() + ": unknown product " + r.product());
            }
        }
        for (var r : nonProgramme) {
            requireSource(r.source(), "label " + r.series() + "-" + r.dose(), problems);
            if (!vaccines.containsKey(r.product())) {
                problems.add("label " + r.series() + "-" + r.dose() + ": unknown product " + r.product());
            }
        }
        substitutions.forEach(s -> requireSource(s.source(), "substitution " + s.series(), problems));
        programmes.forEach(p -> requireSource(p.source(), "programme " + p.code(), problems));
        rabies.forEach(r -> requireSource(r.source(), "rabies " + r.regimen(), problems));
        requireSource(influenza.source(), "influenza", problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("vaccination rules: " + String.join("; ", problems));
        }
    }

    private void requireSource(String code, String what, List<String> problems) {
        if (!sources.containsKey(code)) {
            problems.add(what + ": unknown source " + code);
        }
    }

    public Map<String, Vaccine> vaccines() {
        return vaccines;
    }

    public Optional<Vaccine> vaccine(String code) {
        return Optional.ofNullable(vaccines.get(code));
    }

    public RuleSource source(String code) {
        return sources.get(code);
    }

    public Map<String, RuleSource> sources() {
        return sources;
    }

    public List<DoseRule> national() {
        return national;
    }

    public List<DoseRule> nonProgramme() {
        return nonProgramme;
    }

    public List<String> nationalSeries() {
        return nationalSeries;
    }

    public List<String> nonProgrammeSeries() {
        return nonProgrammeSeries;
    }

    public List<CatchUpSubstitution> substitutions() {
        return substitutions;
    }

    public InfluenzaRule influenza() {
        return influenza;
    }

    public List<RabiesVisit> rabies(String regimen) {
        return rabies.stream().filter(r -> r.regimen().equals(regimen)).toList();
    }

    public List<Programme> programmes() {
        return programmes;
    }

    private static @Nullable LocalDate date(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static @Nullable Period period(String value) {
        return value.isEmpty() ? null : Period.parse(value);
    }

    private static List<Map<String, String>> rows(String resource) {
        var in = ScheduleRules.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing rule file " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            var result = new ArrayList<Map<String, String>>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cells = line.split("\\|", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(
                            resource + ": " + cells.length + " cells, expected " + header.length + ": " + line);
                }
                var row = new LinkedHashMap<String, String>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), cells[i].trim());
                }
                result.add(row);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
