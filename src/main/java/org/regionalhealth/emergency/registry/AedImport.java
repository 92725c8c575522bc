package org.regionalhealth.emergency.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.emergency.NewAed;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CsvRows;
import org.regionalhealth.platform.Labels;
import org.springframework.stereotype.Service;

/**
 * Bulk registration from a CSV file (UTF-8, the template's header row, one AED per line): every line is checked and
 * every bad field of every line is named; only a file without a single error is registered, in one transaction
 * (nothing half-imported).
 */
@Service
public class AedImport {

    /** At most this many AEDs per file (the district holds about 1,500). */
    public static final int MAX_ROWS = 5000;

    /** One error: the line of the file (the header is line 1), the column and what is wrong. */
    public record RowError(int line, String column, String message) {}

    /** Either the ids registered or the errors (then nothing was registered). */
    public record Outcome(List<Long> registered, List<RowError> errors) {}

    private final AedRegistry registry;
    private final Organizations organizations;
    private final Labels labels;
    private final Clock clock;

    AedImport(AedRegistry registry, Organizations organizations, Labels labels, Clock clock) {
        this.registry = registry;
        this.organizations = organizations;
        this.labels = labels;
        this.clock = clock;
    }

    /** The template: the header row and one example line. */
    public static String template() {
        return "\uFEFF" + String.join(",", AedForm.TITLES) + "\r\n"
                + "城厢街道,30.1634,120.2657,城厢街道党群服务中心,党群服务中心,1F,一楼大厅服务台旁,"
                + "\"1-5 08:30-17:30;6 09:00-12:00\",城厢街道,0571-82000000,迈瑞 BeneHeart C2,XS-AED-EXAMPLE,"
                + "2028-06-30,2029-12-31,2026-11-20,在用\r\n";
    }

    public Outcome importCsv(String text) {
        var rows = CsvRows.parse(text);
        var errors = new ArrayList<RowError>();
        if (rows.isEmpty()) {
            return new Outcome(List.of(), List.of(new RowError(1, "", "文件为空：请按模板填写，第一行为表头")));
        }
        var header = rows.get(0).stream().map(String::strip).toList();
        if (!header.equals(AedForm.TITLES) && !header.equals(AedForm.FIELDS)) {
            return new Outcome(
                    List.of(), List.of(new RowError(1, "", "表头应为：" + String.join("，", AedForm.TITLES) + "（请下载模板）")));
        }
        if (rows.size() == 1) {
            return new Outcome(List.of(), List.of(new RowError(1, "", "文件只有表头，没有AED")));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return new Outcome(
                    List.of(),
                    List.of(new RowError(1, "", "一次最多导入 " + MAX_ROWS + " 台，本文件有 " + (rows.size() - 1) + " 台")));
        }
        var towns = new LinkedHashMap<String, String>();
        organizations.towns().forEach(t -> towns.put(t.code(), t.name()));
        LocalDate today = LocalDate.now(clock);
        var aeds = new ArrayList<NewAed>();
        var serialLine = new HashMap<String, Integer>();
        for (int r = 1; r < rows.size(); r++) {
            int line = r + 1;
            var row = rows.get(r);
            if (row.size() != AedForm.FIELDS.size()) {
                errors.add(new RowError(
                        line, "", "应有 " + AedForm.FIELDS.size() + " 列，本行有 " + row.size() + " 列（含逗号的内容请加英文双引号）"));
                continue;
            }
            var fields = new HashMap<String, String>();
            for (int c = 0; c < row.size(); c++) {
                fields.put(AedForm.FIELDS.get(c), row.get(c));
            }
            var result = AedForm.parse(fields, towns, e -> labels.of(e, java.util.Locale.SIMPLIFIED_CHINESE), today);
            var rowErrors = new LinkedHashMap<>(result.errors());
            String serial = fields.get("serialNumber").strip();
            if (!serial.isEmpty() && !rowErrors.containsKey("serialNumber")) {
                Integer first = serialLine.putIfAbsent(serial, line);
                if (first != null) {
                    rowErrors.put("serialNumber", "序列号 " + serial + " 与第 " + first + " 行重复");
                } else if (registry.serialTaken(serial, 0)) {
                    rowErrors.put("serialNumber", "序列号 " + serial + " 已登记");
                }
            }
            if (rowErrors.isEmpty()) {
                aeds.add(result.aed());
            } else {
                rowErrors.forEach((field, message) ->
                        errors.add(new RowError(line, AedForm.TITLES.get(AedForm.FIELDS.indexOf(field)), message)));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), errors);
        }
        return new Outcome(registry.registerAll(aeds), List.of());
    }

    /** Towns for forms: code → name. */
    public Map<String, String> towns() {
        var towns = new LinkedHashMap<String, String>();
        organizations.towns().forEach(t -> towns.put(t.code(), t.name()));
        return towns;
    }
}
