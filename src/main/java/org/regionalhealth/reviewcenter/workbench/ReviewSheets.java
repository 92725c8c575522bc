package org.regionalhealth.reviewcenter.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.reviewcenter.intake.RegionalHistory;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.ScreeningProperties;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the pharmacist needs on the task page to judge a prescription (issue 16 item 5): the patient's age, sex,
 * weight, renal function, allergies and diagnoses as the HIS sent them, the regional medication history (the
 * patient's other recent prescriptions in the district) and the open findings placed next to the drug lines they
 * concern. The prescription and the history reads are audited by {@link PrescriptionStories} and {@link
 * RegionalHistory}.
 */
@Component
public class ReviewSheets {

    private final JdbcClient jdbc;
    private final RegionalHistory history;
    private final InstitutionNames names;
    private final JsonMapper json;
    private final Clock clock;
    private final int historyDays;

    ReviewSheets(
            JdbcClient jdbc,
            RegionalHistory history,
            InstitutionNames names,
            JsonMapper json,
            ScreeningProperties screening,
            Clock clock) {
        this.historyDays = screening.historyDays();
        this.jdbc = jdbc;
        this.history = history;
        this.names = names;
        this.json = json;
        this.clock = clock;
    }

    /** The patient as the prescription describes them; {@code null} fields were not sent. */
    public record Patient(
            @Nullable Integer ageYears,
            @Nullable Sex sex,
            @Nullable Double weightKg,
            @Nullable Renal renal,
            @Nullable List<String> allergies,
            List<String> diagnoses,
            boolean pregnant,
            boolean lactating) {}

    /**
     * Renal function: a reported eGFR (ml/min/1.73 m²) and/or serum creatinine with the Cockcroft–Gault creatinine
     * clearance (ml/min) when age, sex and weight are known.
     */
    public record Renal(
            @Nullable Double egfr,
            @Nullable LocalDate egfrDate,
            @Nullable Double creatinine,
            @Nullable LocalDate creatinineDate,
            @Nullable Long crcl) {}

    /** An open finding, with the drugs it names. */
    public record LineFinding(Tier tier, String message, List<String> drugs) {

        /** T3/T4 block or return, T0–T2 inform: the page styles them apart. */
        public boolean serious() {
            return tier == Tier.T3 || tier == Tier.T4;
        }
    }

    /** A drug line of the prescription with the findings that name its drug. */
    public record Line(String drug, String usage, List<LineFinding> findings) {}

    /** A medicine of the patient's other recent prescriptions in the district. */
    public record HistoryRow(String drug, String institution, LocalDate dispensedOn, @Nullable Integer daysSupply) {}

    public record Sheet(
            Patient patient,
            List<Line> lines,
            List<LineFinding> prescriptionFindings,
            List<HistoryRow> history,
            int historyDays) {}

    @Transactional
    public Sheet sheet(long prescriptionId, CurrentUser user) {
        String requestJson = jdbc.sql(
                        "select request::text from prescriptionreview_prescription where id = ? and institution_path like ?")
                .params(prescriptionId, user.scope().likePattern())
                .query(String.class)
                .optional()
                .orElseThrow(() -> PlatformException.notFound("PRESCRIPTION_NOT_FOUND", "处方不存在"));
        JsonNode request = json.readTree(requestJson);
        LocalDate today = LocalDate.now(clock);
        Patient patient = patient(request, today);

        List<LineFinding> open = jdbc.sql(
                        """
                        select tier, message, drugs::text from prescriptionreview_finding
                         where prescription_id = ? and closed_revision is null
                         order by tier desc, id""")
                .param(prescriptionId)
                .query((rs, n) ->
                        new LineFinding(Tier.valueOf(rs.getString(1)), rs.getString(2), strings(rs.getString(3))))
                .list();
        var placed = new LinkedHashSet<LineFinding>();
        var lines = new ArrayList<Line>();
        for (JsonNode line : request.path("lines")) {
            String drug = text(line, "drugName");
            if (drug == null) {
                drug = text(line, "drugCode") == null ? "" : text(line, "drugCode");
            }
            var mine = new ArrayList<LineFinding>();
            for (var finding : open) {
                if (concerns(finding, drug)) {
                    mine.add(finding);
                    placed.add(finding);
                }
            }
            lines.add(new Line(drug, usage(line), mine));
        }
        var whole = open.stream().filter(f -> !placed.contains(f)).toList();

        var rows = new ArrayList<HistoryRow>();
        String idNumber = text(request.path("patient"), "idNumber");
        if (idNumber != null) {
            var intake = new PatientIntake();
            try {
                intake.idNumber(idNumber);
                history.addTo(intake, today, prescriptionId);
            } catch (IllegalArgumentException e) {
                // an ID number the HIS got wrong: no district history to link
            }
            for (DispensedMedicine m : intake.history) {
                rows.add(new HistoryRow(m.drugName(), institution(m.institutionId()), m.dispensedOn(), m.daysSupply()));
            }
        }
        return new Sheet(patient, lines, whole, rows, historyDays);
    }

    static Patient patient(JsonNode request, LocalDate today) {
        JsonNode p = request.path("patient");
        String idNumber = text(p, "idNumber");
        LocalDate birth = date(p, "birthDate");
        Sex sex = p.hasNonNull("sex") ? parseSex(p.path("sex").asString()) : null;
        if (idNumber != null && idNumber.length() == 18) {
            if (birth == null) {
                try {
                    birth = LocalDate.of(
                            Integer.parseInt(idNumber.substring(6, 10)),
                            Integer.parseInt(idNumber.substring(10, 12)),
                            Integer.parseInt(idNumber.substring(12, 14)));
                } catch (RuntimeException e) {
                    birth = null;
                }
            }
            if (sex == null && Character.isDigit(idNumber.charAt(16))) {
                sex = (idNumber.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
            }
        }
        Integer age = birth == null || birth.isAfter(today)
                ? null
                : Period.between(birth, today).getYears();
        Double weight = p.hasNonNull("weightKg") ? p.path("weightKg").asDouble() : null;
        Double egfr = p.hasNonNull("egfr") ? p.path("egfr").asDouble() : null;
        Double scr = p.hasNonNull("creatinineUmolPerL")
                ? p.path("creatinineUmolPerL").asDouble()
                : null;
        Renal renal = egfr == null && scr == null
                ? null
                : new Renal(
                        egfr,
                        date(p, "egfrDate"),
                        scr,
                        date(p, "creatinineDate"),
                        scr == null ? null : cockcroftGault(scr, age, sex, weight));
        List<String> allergies = null;
        if (p.has("allergies") && p.path("allergies").isArray()) {
            allergies = new ArrayList<>();
            for (JsonNode a : p.path("allergies")) {
                allergies.add(a.asString());
            }
        }
        var diagnoses = new LinkedHashSet<String>();
        diagnoses(request.path("diagnoses"), diagnoses);
        diagnoses(p.path("conditions"), diagnoses);
        return new Patient(
                age,
                sex,
                weight,
                renal,
                allergies,
                List.copyOf(diagnoses),
                p.path("pregnant").asBoolean(false),
                p.path("lactating").asBoolean(false));
    }

    /**
     * Creatinine clearance by Cockcroft–Gault (Nephron 1976;16:31–41) in SI units: (140 − age) × weight × 1.23 (men)
     * or 1.04 (women) ÷ serum creatinine in µmol/L, in ml/min; {@code null} for children or when a factor is
     * missing.
     */
    static @Nullable Long cockcroftGault(
            double creatinineUmolPerL, @Nullable Integer age, @Nullable Sex sex, @Nullable Double weightKg) {
        if (age == null || age < 18 || sex == null || weightKg == null || creatinineUmolPerL <= 0) {
            return null;
        }
        double factor = sex == Sex.MALE ? 1.23 : 1.04;
        return Math.round((140 - age) * weightKg * factor / creatinineUmolPerL);
    }

    /** A finding concerns a line when it names the line's drug (either way round: 氨氯地平 / 氨氯地平片). */
    static boolean concerns(LineFinding finding, String drug) {
        if (drug.isBlank()) {
            return false;
        }
        for (String named : finding.drugs()) {
            if (!named.isBlank() && (drug.contains(named) || named.contains(drug))) {
                return true;
            }
        }
        return false;
    }

    private String institution(String id) {
        try {
            return names.nameOf(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return "区外机构";
        }
    }

    private List<String> strings(@Nullable String jsonArray) {
        if (jsonArray == null) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (JsonNode n : json.readTree(jsonArray)) {
            out.add(n.asString());
        }
        return out;
    }

    private static void diagnoses(JsonNode list, LinkedHashSet<String> into) {
        for (JsonNode d : list) {
            String text = text(d, "text");
            String code = text(d, "icd10");
            if (text != null) {
                into.add(text);
            } else if (code != null) {
                into.add(code);
            }
        }
    }

    private static String usage(JsonNode line) {
        var parts = new ArrayList<String>();
        if (line.hasNonNull("strength")) {
            parts.add(line.path("strength").asString());
        }
        if (line.hasNonNull("dose")) {
            parts.add("每次 " + number(line.path("dose").asDouble())
                    + line.path("doseUnit").asString(""));
        }
        if (line.hasNonNull("frequency")) {
            parts.add(line.path("frequency").asString());
        }
        if (line.hasNonNull("route")) {
            parts.add(line.path("route").asString());
        }
        if (line.hasNonNull("days")) {
            parts.add(line.path("days").asInt() + "天");
        }
        if (line.hasNonNull("usage")) {
            parts.add(line.path("usage").asString());
        }
        return String.join(" · ", parts);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static @Nullable Sex parseSex(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "MALE", "1", "M" -> Sex.MALE;
            case "FEMALE", "2", "F" -> Sex.FEMALE;
            default -> null;
        };
    }

    private static @Nullable String text(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            return null;
        }
        String value = node.path(field).asString("").trim();
        return value.isEmpty() ? null : value;
    }

    private static @Nullable LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
