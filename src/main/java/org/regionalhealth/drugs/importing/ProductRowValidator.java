package org.regionalhealth.drugs.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.catalogue.ApprovalNumber;
import org.regionalhealth.drugs.catalogue.Ean13;
import org.regionalhealth.drugs.catalogue.InsuranceClass;
import org.regionalhealth.drugs.catalogue.Product;

/**
 * Turns one row of an imported catalogue into a product or into the reasons it is invalid: the generic must be one
 * the knowledge base knows (so every product has label sections and interaction facts), the approval number must be
 * 国药准字 + H/Z/S/J + 8 digits, the barcode a valid EAN-13, the insurance class 甲/乙/丙 and the insurance code
 * X/Z + 9–25 letters or digits (国家医保药品编码: X 西药, Z 中成药).
 */
final class ProductRowValidator {

    /** The CSV columns, in order (docs/drug-information.md). */
    static final List<String> COLUMNS = List.of(
            "generic",
            "name",
            "brand",
            "manufacturer",
            "approval_number",
            "insurance_code",
            "insurance_class",
            "form",
            "strength",
            "package",
            "barcode");

    private static final Pattern INSURANCE_CODE = Pattern.compile("[XZ][A-Z0-9]{9,25}");

    private final KnowledgeSnapshot kb;

    ProductRowValidator(KnowledgeSnapshot kb) {
        this.kb = kb;
    }

    /** A row's outcome: a product, or the problems (field → message). */
    record Outcome(Product product, Map<String, String> problems) {}

    Outcome validate(Map<String, String> row) {
        var problems = new java.util.LinkedHashMap<String, String>();
        String genericName = text(row, "generic");
        String genericId = null;
        if (genericName == null) {
            problems.put("generic", "通用名为空");
        } else {
            var g = kb.generic(genericName).or(() -> kb.findGeneric(genericName));
            if (g.isEmpty()) {
                problems.put("generic", "知识库中没有该通用名：" + genericName);
            } else {
                genericId = g.get().id();
            }
        }
        String name = required(row, "name", 120, problems);
        String manufacturer = required(row, "manufacturer", 120, problems);
        String form = required(row, "form", 40, problems);
        String brand = optional(row, "brand", 80, problems);
        String strength = optional(row, "strength", 60, problems);
        String pack = optional(row, "package", 60, problems);
        String approval = text(row, "approval_number");
        if (approval == null) {
            problems.put("approval_number", "批准文号为空");
        } else {
            var p = ApprovalNumber.problemWith(approval);
            if (p.isPresent()) {
                problems.put("approval_number", p.get());
            } else {
                approval = ApprovalNumber.parse(approval);
            }
        }
        String barcode = text(row, "barcode");
        Ean13.problemWith(barcode).ifPresent(p -> problems.put("barcode", p));
        InsuranceClass insurance = null;
        String insuranceText = text(row, "insurance_class");
        if (insuranceText != null) {
            insurance = InsuranceClass.parse(insuranceText).orElse(null);
            if (insurance == null) {
                problems.put("insurance_class", "医保类别应为 甲、乙 或 丙：" + insuranceText);
            }
        }
        String insuranceCode = text(row, "insurance_code");
        if (insuranceCode != null && !INSURANCE_CODE.matcher(insuranceCode).matches()) {
            problems.put("insurance_code", "医保药品代码应为 X 或 Z 开头的10–26位字母数字：" + insuranceCode);
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(
                new Product(
                        0,
                        genericId,
                        name,
                        brand,
                        manufacturer,
                        approval,
                        insuranceCode,
                        insurance,
                        form,
                        strength,
                        pack,
                        barcode,
                        false),
                Map.of());
    }

    private static String text(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String required(Map<String, String> row, String column, int max, Map<String, String> problems) {
        String v = text(row, column);
        if (v == null) {
            problems.put(column, column + " 为空");
        } else if (v.length() > max) {
            problems.put(column, column + " 超过" + max + "个字符");
        }
        return v;
    }

    private static String optional(Map<String, String> row, String column, int max, Map<String, String> problems) {
        String v = text(row, column);
        if (v != null && v.length() > max) {
            problems.put(column, column + " 超过" + max + "个字符");
        }
        return v;
    }

    static List<String> missingColumns(List<String> header) {
        var missing = new ArrayList<String>();
        for (String c : List.of("generic", "name", "manufacturer", "approval_number", "form", "barcode")) {
            if (!header.contains(c)) {
                missing.add(c);
            }
        }
        return missing;
    }
}
