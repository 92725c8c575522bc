package org.regionalhealth.surveillance.channels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a channel CSV (UTF-8, optional BOM, a header row naming the columns, RFC 4180 quoting) into rows and the
 * parse errors of each line. A field that does not parse is passed on empty, so the import reports it once under
 * its line with the parse message.
 */
final class ChannelCsv {

    static final List<String> COUNT_COLUMNS = List.of("channel", "unit_code", "day", "category", "count");
    static final List<String> CASE_COLUMNS = List.of(
            "disease",
            "status",
            "onset_date",
            "diagnosis_date",
            "patient_name",
            "address_code",
            "school_code",
            "grade",
            "class_name");

    static final List<String> SCHOOL_COLUMNS = List.of(
            "school_code",
            "date",
            "grade",
            "class_name",
            "enrolled",
            "present",
            "absent_ill",
            "sick",
            "symptoms",
            "names");

    /** Parsed rows with their 1-based line numbers, and parse errors keyed by row index and field. */
    record Parsed<T>(List<T> rows, List<Integer> lines, Map<String, RowError> errors, @Nullable String fatal) {}

    private ChannelCsv() {}

    static Parsed<DailyCount> counts(InputStream in) throws IOException {
        return read(
                in,
                COUNT_COLUMNS,
                (f) -> new DailyCount(
                        f.text("channel"), f.text("unit_code"), f.date("day"), f.text("category"), f.integer("count")));
    }

    static Parsed<CaseReport> cases(InputStream in) throws IOException {
        return read(
                in,
                CASE_COLUMNS,
                (f) -> new CaseReport(
                        f.text("disease"),
                        f.text("status"),
                        f.date("onset_date"),
                        f.date("diagnosis_date"),
                        f.text("patient_name"),
                        f.text("address_code"),
                        f.text("school_code"),
                        f.integer("grade"),
                        f.text("class_name")));
    }

    /** One row per class and day; its sick pupils are one group: {@code sick} pupils with the {@code symptoms}. */
    static Parsed<org.regionalhealth.surveillance.schoolcheck.ClassCheck> schoolChecks(InputStream in)
            throws IOException {
        return read(in, SCHOOL_COLUMNS, (f) -> {
            Integer sick = f.integer("sick");
            List<String> symptoms = list(f.text("symptoms"));
            List<String> names = list(f.text("names"));
            List<org.regionalhealth.surveillance.schoolcheck.ClassCheck.SickGroup> groups = sick == null || sick == 0
                    ? List.of()
                    : List.of(new org.regionalhealth.surveillance.schoolcheck.ClassCheck.SickGroup(
                            sick, symptoms, names));
            return new org.regionalhealth.surveillance.schoolcheck.ClassCheck(
                    f.text("school_code"),
                    f.date("date"),
                    f.integer("grade"),
                    f.text("class_name"),
                    f.integer("enrolled"),
                    f.integer("present"),
                    f.integer("absent_ill"),
                    groups);
        });
    }

    /** A cell listing several values, separated by ; 、 or spaces. */
    private static List<String> list(@Nullable String cell) {
        if (cell == null) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split("[;；、\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** One line's fields by column name, recording parse errors. */
    static final class Fields {
        private final Map<String, String> values;
        private final int row;
        private final Map<String, RowError> errors;

        Fields(Map<String, String> values, int row, Map<String, RowError> errors) {
            this.values = values;
            this.row = row;
            this.errors = errors;
        }

        /**
         * The cell, trimmed; a cell with a control character (BEL, NUL, ESC … — never typed, only pasted or forged)
         * is a parse error of its field rather than a stored value (issue 15: a BEL in a class name was stored).
         */
        @Nullable
        String text(String column) {
            String v = values.get(column);
            if (v != null && v.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
                errors.put(row + ":" + field(column), new RowError(row, field(column), "含有不允许的控制字符"));
                return null;
            }
            return v == null || v.isBlank() ? null : v.trim();
        }

        @Nullable
        LocalDate date(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v.replace('/', '-'));
            } catch (DateTimeParseException e) {
                errors.put(row + ":" + field(column), new RowError(row, field(column), "日期格式应为 yyyy-MM-dd：" + v));
                return null;
            }
        }

        @Nullable
        Integer integer(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                errors.put(row + ":" + field(column), new RowError(row, field(column), "应为整数：" + v));
                return null;
            }
        }
    }

    /** CSV column → API field name (unit_code → unitCode). */
    static String field(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    private static <T> Parsed<T> read(InputStream in, List<String> columns, Function<Fields, T> mapper)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            return new Parsed<>(List.of(), List.of(), Map.of(), "文件为空");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> names =
                split(header).stream().map(s -> s.trim().toLowerCase()).toList();
        for (String c : columns) {
            boolean optional = columns == CASE_COLUMNS
                    ? c.equals("school_code") || c.equals("grade") || c.equals("class_name")
                    : columns == SCHOOL_COLUMNS && (c.equals("names") || c.equals("symptoms") || c.equals("sick"));
            if (!names.contains(c) && !optional) {
                return new Parsed<>(
                        List.of(), List.of(), Map.of(), "第 1 行表头缺少列 " + c + "（应为 " + String.join(",", columns) + "）");
            }
        }
        List<T> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, RowError> errors = new HashMap<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (rows.size() >= ChannelImports.MAX_ROWS) {
                return new Parsed<>(List.of(), List.of(), Map.of(), "一次最多上传 " + ChannelImports.MAX_ROWS + " 行");
            }
            List<String> cells = split(line);
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < names.size() && i < cells.size(); i++) {
                values.put(names.get(i), cells.get(i));
            }
            rows.add(mapper.apply(new Fields(values, rows.size() + 1, errors)));
            lines.add(number);
        }
        return new Parsed<>(rows, lines, errors, null);
    }

    /** Splits one line on commas, honouring double quotes ("" inside quotes is a quote). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
