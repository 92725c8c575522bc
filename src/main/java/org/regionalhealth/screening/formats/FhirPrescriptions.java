package org.regionalhealth.screening.formats;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIdNumber;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Setting;
import org.springframework.stereotype.Component;

/**
 * Reads FHIR R4 resources into the screening model, for CDS Hooks ({@code draftOrders} and prefetch) and the FHIR
 * {@code $screen} operation (issue 3 §5). Parsing is strict: an unparseable resource is a 400 problem, not a 500 and
 * not a silent partial read.
 */
@Component
public class FhirPrescriptions {

    /** Our own drug code system: the knowledge base's generic ids. */
    public static final String DRUG_SYSTEM = "https://regionalhealth.org/fhir/CodeSystem/rhp-generic";

    static final String LOINC = "http://loinc.org";

    private final FhirContext fhir;
    private final DrugKnowledge knowledge;

    FhirPrescriptions(FhirContext fhir, DrugKnowledge knowledge) {
        this.fhir = fhir;
        this.knowledge = knowledge;
    }

    /** A strict JSON parser (HAPI parsers are cheap but not thread-safe: one per call). */
    public IParser parser() {
        return fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /** Parses one resource of the expected type; {@code field} names it in the problem details. */
    public <T extends IBaseResource> T parse(Class<T> type, String json, String field) {
        try {
            return parser().parseResource(type, json);
        } catch (DataFormatException | ClassCastException e) {
            throw PlatformException.invalidField(
                    "FHIR_UNPARSEABLE", field, "不是合法的 FHIR R4 " + type.getSimpleName() + "：" + shorten(e.getMessage()));
        }
    }

    public String encode(IBaseResource resource) {
        return fhir.newJsonParser().encodeResourceToString(resource);
    }

    /** The medication requests of a bundle, in bundle order. */
    public static List<MedicationRequest> medicationRequests(Bundle bundle) {
        List<MedicationRequest> requests = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof MedicationRequest request) {
                requests.add(request);
            }
        }
        return requests;
    }

    /** The resources of a type in a bundle (prefetch search results, or a screening bundle's context). */
    public static <T extends Resource> List<T> resources(@Nullable Bundle bundle, Class<T> type) {
        if (bundle == null) {
            return List.of();
        }
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /**
     * One drug line from a MedicationRequest: the drug from our code or, failing that, from the text or a coding's
     * display (the Chinese generic or brand name); dose and frequency from the first {@code dosageInstruction}; days
     * from {@code dispenseRequest.expectedSupplyDuration}.
     */
    public PrescriptionLine line(MedicationRequest request, String field) {
        if (!request.hasMedicationCodeableConcept()) {
            throw PlatformException.invalidField(
                    "FHIR_MEDICATION_MISSING",
                    field + ".medicationCodeableConcept",
                    "MedicationRequest 缺少药品（medicationCodeableConcept）");
        }
        CodeableConcept medication = request.getMedicationCodeableConcept();
        String name = null;
        String code = null;
        for (Coding coding : medication.getCoding()) {
            if (DRUG_SYSTEM.equals(coding.getSystem()) && coding.hasCode()) {
                Optional<Generic> generic = knowledge.snapshot().generic(coding.getCode());
                if (generic.isPresent()) {
                    name = generic.get().nameZh();
                    code = coding.getCode();
                }
            }
        }
        if (name == null && medication.hasText()) {
            name = medication.getText().trim();
        }
        if (name == null) {
            for (Coding coding : medication.getCoding()) {
                if (coding.hasDisplay()) {
                    name = coding.getDisplay().trim();
                    code = coding.getCode();
                    break;
                }
                if (code == null && coding.hasCode()) {
                    code = coding.getCode();
                }
            }
        }
        if (name == null && code == null) {
            throw PlatformException.invalidField(
                    "FHIR_MEDICATION_MISSING", field + ".medicationCodeableConcept", "药品既无编码也无名称");
        }
        Dosage dosage = request.getDosageInstructionFirstRep();
        Double dose = null;
        String doseUnit = null;
        if (dosage.hasDoseAndRate() && dosage.getDoseAndRateFirstRep().hasDoseQuantity()) {
            Quantity q = dosage.getDoseAndRateFirstRep().getDoseQuantity();
            dose = q.hasValue() ? q.getValue().doubleValue() : null;
            doseUnit = q.hasUnit() ? q.getUnit() : q.getCode();
        }
        String usage = dosage.hasText() ? dosage.getText() : null;
        if (dose == null && usage == null) {
            throw PlatformException.invalidField(
                    "FHIR_DOSE_MISSING",
                    field + ".dosageInstruction",
                    "缺少单次剂量（dosageInstruction.doseAndRate.doseQuantity）：" + name);
        }
        if (dose != null && dose <= 0) {
            throw PlatformException.invalidField("FHIR_DOSE_INVALID", field + ".dosageInstruction", "剂量必须为正数：" + name);
        }
        String route = null;
        if (dosage.hasRoute()) {
            route = dosage.getRoute().hasText()
                    ? dosage.getRoute().getText()
                    : dosage.getRoute().getCodingFirstRep().getDisplay();
        }
        Integer days = null;
        Double quantity = null;
        String quantityUnit = null;
        if (request.hasDispenseRequest()) {
            MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
            if (dispense.hasExpectedSupplyDuration()) {
                days = days(dispense.getExpectedSupplyDuration(), field);
            }
            if (dispense.hasQuantity() && dispense.getQuantity().hasValue()) {
                quantity = dispense.getQuantity().getValue().doubleValue();
                if (quantity <= 0) {
                    throw PlatformException.invalidField(
                            "FHIR_QUANTITY_INVALID", field + ".dispenseRequest.quantity", "数量必须为正数：" + name);
                }
                quantityUnit = dispense.getQuantity().hasUnit()
                        ? dispense.getQuantity().getUnit()
                        : dispense.getQuantity().getCode();
            }
        }
        return new PrescriptionLine(
                name,
                code,
                null,
                null,
                route,
                dose,
                doseUnit,
                frequency(dosage),
                days,
                quantity,
                quantityUnit,
                null,
                null,
                dose == null ? usage : null);
    }

    /** Inpatient orders follow the inpatient limits; everything else is an outpatient prescription. */
    public static Setting setting(MedicationRequest request) {
        for (CodeableConcept category : request.getCategory()) {
            for (Coding coding : category.getCoding()) {
                if ("inpatient".equals(coding.getCode())) {
                    return Setting.INPATIENT;
                }
            }
        }
        return Setting.OUTPATIENT;
    }

    /** Diagnoses named as reasons on the order. */
    public static List<Diagnosis> reasons(MedicationRequest request) {
        List<Diagnosis> result = new ArrayList<>();
        for (CodeableConcept reason : request.getReasonCode()) {
            diagnosis(reason).ifPresent(result::add);
        }
        return result;
    }

    /** Staff id from {@code Practitioner/123}; {@code null} when the reference is not a practitioner id. */
    public static @Nullable Long practitionerId(@Nullable String reference) {
        if (reference == null || !reference.startsWith("Practitioner/")) {
            return null;
        }
        String id = reference.substring("Practitioner/".length());
        return id.matches("\\d{1,18}") ? Long.parseLong(id) : null;
    }

    /** The authored date (in the district's zone), or today. */
    public static LocalDate issuedOn(MedicationRequest request, LocalDate today, ZoneId zone) {
        return request.hasAuthoredOn()
                ? request.getAuthoredOn().toInstant().atZone(zone).toLocalDate()
                : today;
    }

    /** Birth date, sex and a valid Chinese resident ID number from a Patient. */
    public static void patient(Patient patient, PatientIntake intake, Clock clock) {
        for (Identifier identifier : patient.getIdentifier()) {
            String value = identifier.getValue();
            if (value != null
                    && ResidentIdNumber.problemWith(value.trim().toUpperCase(Locale.ROOT), LocalDate.now(clock))
                            .isEmpty()) {
                intake.idNumber(value);
                break;
            }
        }
        if (patient.hasBirthDate()) {
            // a FHIR date has no zone: its own year, month (0-based in HAPI) and day, whatever the JVM's zone
            var birth = patient.getBirthDateElement();
            intake.birthDate = LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
        }
        if (patient.getGender() == Enumerations.AdministrativeGender.MALE) {
            intake.sex = Sex.MALE;
        } else if (patient.getGender() == Enumerations.AdministrativeGender.FEMALE) {
            intake.sex = Sex.FEMALE;
        }
    }

    /** Active conditions with an ICD-10 code or a text. */
    public static void conditions(List<Condition> conditions, PatientIntake intake) {
        for (Condition condition : conditions) {
            if (condition.hasClinicalStatus()
                    && condition.getClinicalStatus().getCoding().stream()
                            .anyMatch(c -> "resolved".equals(c.getCode()) || "inactive".equals(c.getCode()))) {
                continue;
            }
            diagnosis(condition.getCode()).ifPresent(intake.diagnoses::add);
        }
    }

    /** Allergies, coded or text; the list is known (possibly empty) once the allergy prefetch was given. */
    public static void allergies(List<AllergyIntolerance> allergies, PatientIntake intake) {
        List<String> names = new ArrayList<>();
        for (AllergyIntolerance allergy : allergies) {
            CodeableConcept code = allergy.getCode();
            if (code.hasText()) {
                names.add(code.getText().trim());
            } else {
                code.getCoding().stream()
                        .filter(Coding::hasDisplay)
                        .findFirst()
                        .ifPresent(c -> names.add(c.getDisplay().trim()));
            }
        }
        intake.allergies = List.copyOf(names);
    }

    /**
     * The latest weight (LOINC 29463-7), serum creatinine (2160-0), eGFR (33914-3, 62238-1) and pregnancy status
     * (82810-3).
     */
    public static void observations(List<Observation> observations, PatientIntake intake, ZoneId zone) {
        List<Observation> latestFirst = new ArrayList<>(observations);
        latestFirst.sort(Comparator.comparing(
                (Observation o) -> effective(o, zone), Comparator.nullsLast(Comparator.reverseOrder())));
        for (Observation o : latestFirst) {
            String loinc = o.getCode().getCoding().stream()
                    .filter(c -> LOINC.equals(c.getSystem()))
                    .map(Coding::getCode)
                    .findFirst()
                    .orElse(null);
            if (loinc == null) {
                continue;
            }
            LocalDate date = effective(o, zone);
            switch (loinc) {
                case "29463-7" -> {
                    if (intake.weightKg == null) {
                        intake.weightKg = quantity(o, "kg");
                    }
                }
                case "2160-0" -> {
                    if (intake.creatinineUmolPerL == null) {
                        intake.creatinineUmolPerL = quantity(o, "umol/L");
                        intake.creatinineDate = date;
                    }
                }
                case "33914-3", "62238-1" -> {
                    if (intake.egfr == null) {
                        intake.egfr = quantity(o, "mL/min/{1.73_m2}");
                        intake.egfrDate = date;
                    }
                }
                case "82810-3" -> {
                    if (intake.pregnant == null && o.hasValueCodeableConcept()) {
                        // LOINC answer list LL4129-4: LA15173-0 Pregnant, LA26683-5 Not pregnant, LA4489-6 Unknown
                        for (Coding c : o.getValueCodeableConcept().getCoding()) {
                            if ("LA15173-0".equals(c.getCode())) {
                                intake.pregnant = true;
                            } else if ("LA26683-5".equals(c.getCode())) {
                                intake.pregnant = false;
                            }
                        }
                    }
                }
                default -> {}
            }
        }
    }

    private static @Nullable LocalDate effective(Observation o, ZoneId zone) {
        if (o.hasEffectiveDateTimeType()) {
            return o.getEffectiveDateTimeType()
                    .getValue()
                    .toInstant()
                    .atZone(zone)
                    .toLocalDate();
        }
        return null;
    }

    /** The value in the unit screening uses; creatinine in mg/dL is converted (1 mg/dL = 88.42 µmol/L). */
    private static @Nullable Double quantity(Observation o, String wanted) {
        if (!o.hasValueQuantity() || !o.getValueQuantity().hasValue()) {
            return null;
        }
        Quantity q = o.getValueQuantity();
        double value = q.getValue().doubleValue();
        String unit = q.hasCode() ? q.getCode() : q.getUnit();
        if (unit == null) {
            return value;
        }
        String u = unit.replace("µ", "u").replace("μ", "u");
        return switch (wanted) {
            case "kg" ->
                u.equals("g") ? value / 1000 : u.equals("[lb_av]") || u.equals("lb") ? value * 0.45359237 : value;
            case "umol/L" -> u.equalsIgnoreCase("mg/dL") ? value * 88.42 : value;
            default -> value;
        };
    }

    public static Optional<Diagnosis> diagnosis(CodeableConcept concept) {
        String icd10 = concept.getCoding().stream()
                .filter(c -> c.getSystem() != null
                        && c.getSystem().toLowerCase(Locale.ROOT).contains("icd-10"))
                .map(Coding::getCode)
                .findFirst()
                .orElse(null);
        String text = concept.hasText()
                ? concept.getText()
                : concept.getCoding().stream()
                        .filter(Coding::hasDisplay)
                        .map(Coding::getDisplay)
                        .findFirst()
                        .orElse(null);
        return icd10 == null && text == null ? Optional.empty() : Optional.of(new Diagnosis(icd10, text));
    }

    private static Integer days(Duration duration, String field) {
        if (!duration.hasValue()) {
            return null;
        }
        double value = duration.getValue().doubleValue();
        String unit = duration.hasCode() ? duration.getCode() : duration.getUnit();
        double days =
                switch (unit == null ? "d" : unit) {
                    case "d", "天", "day", "days" -> value;
                    case "wk", "周", "week", "weeks" -> value * 7;
                    case "mo", "月", "month", "months" -> value * 30;
                    case "h" -> value / 24;
                    default ->
                        throw PlatformException.invalidField(
                                "FHIR_DURATION_UNIT",
                                field + ".dispenseRequest.expectedSupplyDuration",
                                "无法识别的时长单位：" + unit);
                };
        if (days <= 0 || days > 366) {
            throw PlatformException.invalidField(
                    "FHIR_DURATION_INVALID", field + ".dispenseRequest.expectedSupplyDuration", "用药天数须在1–366天之间");
        }
        return (int) Math.ceil(days);
    }

    /** A frequency code the rules know (qd, bid, tid, qid, qn, qXh, qw, prn) from a timing code or repeat. */
    static @Nullable String frequency(Dosage dosage) {
        if (dosage.hasAsNeededBooleanType() && dosage.getAsNeededBooleanType().booleanValue()) {
            return "prn";
        }
        Timing timing = dosage.getTiming();
        if (timing.hasCode()) {
            for (Coding c : timing.getCode().getCoding()) {
                if (c.hasCode()) {
                    return c.getCode().toLowerCase(Locale.ROOT);
                }
            }
            if (timing.getCode().hasText()) {
                return timing.getCode().getText().toLowerCase(Locale.ROOT);
            }
        }
        if (timing.hasRepeat()) {
            Timing.TimingRepeatComponent r = timing.getRepeat();
            int times = r.hasFrequency() ? r.getFrequency() : 1;
            double period = r.hasPeriod() ? r.getPeriod().doubleValue() : 1;
            Timing.UnitsOfTime unit = r.hasPeriodUnit() ? r.getPeriodUnit() : Timing.UnitsOfTime.D;
            if (unit == Timing.UnitsOfTime.D && period == 1) {
                return switch (times) {
                    case 1 -> "qd";
                    case 2 -> "bid";
                    case 3 -> "tid";
                    case 4 -> "qid";
                    default -> "q" + Math.round(24.0 / times) + "h";
                };
            }
            if (unit == Timing.UnitsOfTime.H && times == 1) {
                return "q" + Math.round(period) + "h";
            }
            if (unit == Timing.UnitsOfTime.D && period == 2 && times == 1) {
                return "qod";
            }
            if (unit == Timing.UnitsOfTime.WK && period == 1 && times == 1) {
                return "qw";
            }
        }
        return null;
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
