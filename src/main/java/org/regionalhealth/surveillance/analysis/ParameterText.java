package org.regionalhealth.surveillance.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter box of the page: {@code name=value} pairs separated by {@code ;} or new lines, as analysts write
 * R control lists ({@code alpha=0.01; b=3; limit54=[5,4]; thresholdMethod=nbPlugin}). Values become numbers,
 * booleans, number lists or text; the detector registry then checks names and ranges.
 */
final class ParameterText {

    private ParameterText() {}

    /** A pair the page cannot read (not a detector's judgement on the value: that is the registry's). */
    static final class Problem extends RuntimeException {
        Problem(String messageZh) {
            super(messageZh);
        }
    }

    static Map<String, Object> parse(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[;\\n]")) {
            String pair = part.trim();
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new Problem("参数“" + pair + "”应写作 名称=值，多个参数用分号分隔");
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (out.containsKey(name)) {
                throw new Problem("参数 " + name + " 重复");
            }
            out.put(name, value(name, value));
        }
        return out;
    }

    private static Object value(String name, String value) {
        if (value.startsWith("[") && value.endsWith("]")) {
            List<Object> numbers = new ArrayList<>();
            for (String item : value.substring(1, value.length() - 1).split(",")) {
                Object v = value(name, item.trim());
                if (!(v instanceof Number)) {
                    throw new Problem("参数 " + name + " 的列表只能包含数字");
                }
                numbers.add(v);
            }
            return numbers;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
        }
        String unquoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
        if (unquoted.equals(value)) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                // text, e.g. powertrans=2/3 or thresholdMethod=nbPlugin
            }
        }
        return unquoted;
    }
}
