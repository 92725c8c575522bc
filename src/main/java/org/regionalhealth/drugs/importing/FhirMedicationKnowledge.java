package org.regionalhealth.drugs.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads FHIR R4 {@code MedicationKnowledge} resources (a Bundle, a JSON array or NDJSON) into the same rows a CSV
 * import gives, so both go through one validator. R4 has no identifier on MedicationKnowledge, so our profile
 * (docs/drug-information.md) carries the codes as {@code code.coding}: approval number with system {@value
 * #APPROVAL_SYSTEM}, GTIN/EAN-13 with GS1's OID {@value #GTIN_SYSTEM}, insurance code with {@value #INSURANCE_SYSTEM};
 * {@code code.text} is the product name, {@code synonym[0]} the brand, {@code manufacturer.display} the maker,
 * {@code doseForm.text} the form, {@code ingredient[0].itemCodeableConcept.text} the generic, and
 * {@code drugCharacteristic} entries typed {@code strength}, {@code package} and {@code insurance_class}.
 */
final class FhirMedicationKnowledge {

    static final String APPROVAL_SYSTEM = "https://www.nmpa.gov.cn/approval-number";
    static final String GTIN_SYSTEM = "urn:oid:1.3.160";
    static final String INSURANCE_SYSTEM = "https://www.nhsa.gov.cn/drug-code";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FhirMedicationKnowledge() {}

    static List<Map<String, String>> rows(String text) {
        var resources = new ArrayList<JsonNode>();
        try {
            String t = text.strip();
            if (t.startsWith("[")) {
                JSON.readTree(t).forEach(resources::add);
            } else if (t.startsWith("{") && !t.contains("\n{")) {
                var root = JSON.readTree(t);
                if ("Bundle".equals(root.path("resourceType").asString(""))) {
                    root.path("entry").forEach(e -> resources.add(e.path("resource")));
                } else {
                    resources.add(root);
                }
            } else {
                for (String line : t.split("\\R")) {
                    if (!line.isBlank()) {
                        resources.add(JSON.readTree(line));
                    }
                }
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("FHIR JSON 无法解析：" + e.getOriginalMessage());
        }
        var rows = new ArrayList<Map<String, String>>();
        for (var r : resources) {
            if (!"MedicationKnowledge".equals(r.path("resourceType").asString(""))) {
                throw new IllegalArgumentException(
                        "只接受 MedicationKnowledge 资源：" + r.path("resourceType").asString("?"));
            }
            var row = new LinkedHashMap<String, String>();
            row.put("generic", text(r.path("ingredient").path(0).path("itemCodeableConcept")));
            row.put("name", r.path("code").path("text").asString(null));
            row.put("brand", r.path("synonym").path(0).asString(null));
            row.put("manufacturer", r.path("manufacturer").path("display").asString(null));
            row.put("form", text(r.path("doseForm")));
            for (var coding : r.path("code").path("coding")) {
                String system = coding.path("system").asString("");
                String code = coding.path("code").asString(null);
                switch (system) {
                    case APPROVAL_SYSTEM -> row.put("approval_number", code);
                    case GTIN_SYSTEM -> row.put("barcode", code);
                    case INSURANCE_SYSTEM -> row.put("insurance_code", code);
                    default -> {}
                }
            }
            for (var c : r.path("drugCharacteristic")) {
                String type = text(c.path("type"));
                if (type != null
                        && List.of("strength", "package", "insurance_class").contains(type)) {
                    row.put(type, c.path("valueString").asString(null));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(JsonNode concept) {
        if (concept.hasNonNull("text")) {
            return concept.path("text").asString();
        }
        var coding = concept.path("coding").path(0);
        return coding.hasNonNull("display")
                ? coding.path("display").asString()
                : coding.path("code").asString(null);
    }
}
