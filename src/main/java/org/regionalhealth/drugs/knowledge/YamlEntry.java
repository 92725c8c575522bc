package org.regionalhealth.drugs.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regionalhealth.drugs.InvalidKnowledgeBaseException;

/**
 * One YAML mapping with typed, strict accessors. Unknown keys are errors, because a misspelt field (say
 * {@code perDayMx}) would otherwise silently drop a safety limit.
 */
final class YamlEntry {

    private final Map<String, Object> values;
    private final String where;

    private YamlEntry(Map<String, Object> values, String where) {
        this.values = values;
        this.where = where;
    }

    static YamlEntry of(Object node, String where) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new InvalidKnowledgeBaseException(where + ": expected a mapping, found " + describe(node));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        return new YamlEntry(values, where);
    }

    String where() {
        return where;
    }

    /** Fails on any key outside {@code allowed}. */
    YamlEntry allow(Set<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidKnowledgeBaseException(where + ": unknown field '" + key + "'");
            }
        }
        return this;
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String string(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new InvalidKnowledgeBaseException(where + ": '" + key + "' must be text");
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    String requiredString(String key) {
        String value = string(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    Double number(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new InvalidKnowledgeBaseException(where + ": '" + key + "' must be a number, found '" + value + "'");
    }

    Integer integer(String key) {
        Double value = number(key);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            throw new InvalidKnowledgeBaseException(where + ": '" + key + "' must be a whole number");
        }
        return value.intValue();
    }

    boolean bool(String key) {
        Object value = values.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidKnowledgeBaseException(where + ": '" + key + "' must be true or false");
    }

    /** An ISO date ({@code 2026-11-23}). */
    LocalDate date(String key) {
        String value = string(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidKnowledgeBaseException(
                    where + ": '" + key + "' must be an ISO date, found '" + value + "'");
        }
    }

    LocalDate requiredDate(String key) {
        LocalDate value = date(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    /** A list of text; a single scalar counts as a list of one. */
    List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item == null || item instanceof Map || item instanceof List) {
                    throw new InvalidKnowledgeBaseException(where + ": '" + key + "' must be a list of text");
                }
                String text = item.toString().strip();
                if (!text.isEmpty()) {
                    result.add(text);
                }
            }
        } else if (value instanceof Map) {
            throw new InvalidKnowledgeBaseException(where + ": '" + key + "' must be a list of text");
        } else {
            result.add(value.toString().strip());
        }
        return List.copyOf(result);
    }

    List<String> requiredStrings(String key) {
        List<String> value = strings(key);
        if (value.isEmpty()) {
            throw missing(key);
        }
        return value;
    }

    YamlEntry child(String key) {
        Object value = values.get(key);
        return value == null ? null : of(value, where + "." + key);
    }

    List<YamlEntry> children(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidKnowledgeBaseException(where + ": '" + key + "' must be a list");
        }
        List<YamlEntry> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            result.add(of(list.get(i), where + "." + key + "[" + i + "]"));
        }
        return result;
    }

    /** The mapping under {@code key} as named entries (e.g. {@code byRoute: {静脉滴注: {...}}}). */
    /** The keys of this entry, in file order. */
    java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(values.keySet());
    }

    Map<String, YamlEntry> childMap(String key) {
        YamlEntry child = child(key);
        if (child == null) {
            return Map.of();
        }
        Map<String, YamlEntry> result = new LinkedHashMap<>();
        child.values.forEach((k, v) -> result.put(k, of(v, child.where + "." + k)));
        return result;
    }

    /** An enum constant written in lowercase in YAML ({@code not_required} → {@code NOT_REQUIRED}). */
    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String value = string(key);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidKnowledgeBaseException(
                    where + ": '" + key + "' has unknown value '" + value + "' (allowed: "
                            + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT) + ")");
        }
    }

    private InvalidKnowledgeBaseException missing(String key) {
        return new InvalidKnowledgeBaseException(where + ": required field '" + key + "' is missing");
    }

    private static String describe(Object node) {
        return node == null ? "nothing" : node.getClass().getSimpleName();
    }
}
