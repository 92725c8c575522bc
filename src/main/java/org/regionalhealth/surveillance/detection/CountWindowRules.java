package org.regionalhealth.surveillance.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads count-window rules from YAML (schema: {@code surveillance/rules/count-window-rules.yaml}). Plain YAML
 * through SnakeYAML's safe constructor (no type tags); every missing or bad field fails the load with the rule id
 * and the field, so a bad rule table never goes live half-read.
 */
public final class CountWindowRules {

    /** The rule table shipped with the platform. */
    public static final String BUNDLED = "/surveillance/rules/count-window-rules.yaml";

    private CountWindowRules() {}

    public static List<CountWindowRule> bundled() {
        InputStream in = CountWindowRules.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("count-window rule table missing from the classpath: " + BUNDLED);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CountWindowRule> parse(Reader yaml, String where) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> doc) || !(doc.get("rules") instanceof List<?> items)) {
            throw new IllegalStateException(where + ": expected a mapping with a 'rules' list");
        }
        List<CountWindowRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new IllegalStateException(where + ": rule #" + (i + 1) + " is not a mapping");
            }
            String id = text(item, "id", where + " rule #" + (i + 1));
            String at = where + " rule " + id;
            if (!ids.add(id)) {
                throw new IllegalStateException(at + ": duplicate id");
            }
            try {
                rules.add(rule(item, id, at));
            } catch (InvalidDetectorParameter e) {
                throw new IllegalStateException(at + ": " + e.parameter() + ": " + e.messageZh(), e);
            }
        }
        return List.copyOf(rules);
    }

    private static CountWindowRule rule(Map<?, ?> item, String id, String at) {
        String level = text(item, "unitLevel", at);
        CountWindowRule.UnitLevel unitLevel;
        try {
            unitLevel = CountWindowRule.UnitLevel.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(at + ": unknown unitLevel " + level);
        }
        Map<?, ?> filter = map(item, "caseFilter", at);
        List<String> categories = new ArrayList<>();
        if (filter.get("categories") instanceof List<?> list) {
            list.forEach(c -> categories.add(String.valueOf(c)));
        } else if (filter.get("categories") != null) {
            throw new IllegalStateException(at + ": caseFilter.categories must be a list");
        }
        List<String> statuses = new ArrayList<>();
        if (filter.get("statuses") instanceof List<?> list) {
            list.forEach(c -> statuses.add(String.valueOf(c)));
        }
        Map<?, ?> source = map(item, "source", at);
        return new CountWindowRule(
                id,
                text(item, "name", at),
                unitLevel,
                integer(item, "windowDays", at),
                integer(item, "threshold", at),
                new CountWindowRule.CaseFilter(
                        Set.copyOf(categories), Boolean.TRUE.equals(filter.get("perCategory")), Set.copyOf(statuses)),
                text(item, "tier", at),
                new CountWindowRule.Source(
                        text(source, "document", at + " source"),
                        optional(source, "url"),
                        text(source, "section", at + " source"),
                        text(source, "text", at + " source"),
                        optional(source, "note")),
                date(item, "effectiveFrom", at),
                item.get("effectiveTo") == null ? null : date(item, "effectiveTo", at),
                integer(item, "slaHours", at));
    }

    /** SnakeYAML's safe constructor reads an unquoted ISO date as a {@link java.util.Date} at UTC midnight. */
    private static LocalDate date(Map<?, ?> m, String key, String at) {
        Object v = m.get(key);
        if (v instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (v == null) {
            throw new IllegalStateException(at + ": missing " + key);
        }
        try {
            return LocalDate.parse(String.valueOf(v).trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(at + ": " + key + " must be a date (yyyy-MM-dd)");
        }
    }

    private static String text(Map<?, ?> m, String key, String at) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalStateException(at + ": missing " + key);
        }
        return String.valueOf(v).trim();
    }

    private static @Nullable String optional(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v).trim();
    }

    private static int integer(Map<?, ?> m, String key, String at) {
        if (!(m.get(key) instanceof Integer v)) {
            throw new IllegalStateException(at + ": " + key + " must be an integer");
        }
        return v;
    }

    private static Map<?, ?> map(Map<?, ?> m, String key, String at) {
        if (!(m.get(key) instanceof Map<?, ?> v)) {
            throw new IllegalStateException(at + ": missing " + key);
        }
        return v;
    }
}
