package org.regionalhealth.surveillance.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded count series: one row per period, columns {@code date,observed} or {@code observed}, with or
 * without that header line. Empty and {@code NA} counts are missing values. Every problem is reported with its line
 * number, so an analyst can fix the file (the page shows the message as is).
 *
 * @param dates one per count, or {@code null} for an index-based series
 * @param observed the counts, {@code null} for a missing value
 */
public record SeriesCsv(@Nullable List<String> dates, List<Double> observed) {

    /** A file the reader cannot use; {@code line} is 1-based, 0 for the file as a whole. */
    public static final class Problem extends RuntimeException {
        private final int line;

        Problem(int line, String messageZh) {
            super(line > 0 ? "第 " + line + " 行：" + messageZh : messageZh);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static SeriesCsv read(InputStream in) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
                if (lines.size() > AnalystDetection.MAX_POINTS + 1) {
                    throw new Problem(0, "文件超过 " + AnalystDetection.MAX_POINTS + " 行，请缩短序列");
                }
            }
        } catch (CharacterCodingException e) {
            throw new Problem(0, "文件不是 UTF-8 编码的文本（请从 Excel 另存为“CSV UTF-8”）");
        } catch (IOException e) {
            throw new Problem(0, "无法读取上传的文件");
        }
        return parse(lines);
    }

    static SeriesCsv parse(List<String> lines) {
        int columns = -1;
        List<String> dates = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // Excel's UTF-8 byte order mark
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].trim();
            }
            if (columns < 0) {
                columns = cells.length;
                if (columns != 1 && columns != 2) {
                    throw new Problem(lineNo, "应为 1 列（observed）或 2 列（date,observed），实际 " + columns + " 列");
                }
                if (isHeader(cells)) {
                    continue;
                }
            }
            if (cells.length != columns) {
                throw new Problem(lineNo, "列数应为 " + columns + "，实际 " + cells.length);
            }
            if (columns == 2) {
                LocalDate date;
                try {
                    date = LocalDate.parse(cells[0]);
                } catch (DateTimeParseException e) {
                    throw new Problem(lineNo, "日期“" + cells[0] + "”无效，应为 yyyy-MM-dd");
                }
                if (previous != null && !date.isAfter(previous)) {
                    throw new Problem(lineNo, "日期 " + date + " 不晚于上一行的 " + previous + "，请按时间升序排列且不重复");
                }
                previous = date;
                dates.add(date.toString());
            }
            observed.add(count(cells[columns - 1], lineNo));
        }
        if (observed.isEmpty()) {
            throw new Problem(0, "文件中没有数据行");
        }
        return new SeriesCsv(columns == 2 ? dates : null, observed);
    }

    private static boolean isHeader(String[] cells) {
        String last = cells[cells.length - 1].toLowerCase(Locale.ROOT);
        if (!last.isEmpty() && !last.equals("na") && !Character.isDigit(last.charAt(0)) && last.charAt(0) != '-') {
            boolean ok = last.equals("observed") && (cells.length == 1 || cells[0].equalsIgnoreCase("date"));
            if (!ok) {
                throw new Problem(1, "表头应为 date,observed 或 observed，实际为“" + String.join(",", cells) + "”");
            }
            return true;
        }
        return false;
    }

    private static @Nullable Double count(String cell, int lineNo) {
        if (cell.isEmpty() || cell.equalsIgnoreCase("NA")) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new Problem(lineNo, "计数“" + cell + "”不是数字");
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new Problem(lineNo, "计数不能为负数：" + cell);
        }
        return v;
    }
}
