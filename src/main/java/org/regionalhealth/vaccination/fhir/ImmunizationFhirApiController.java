package org.regionalhealth.vaccination.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.ImmunizationRecommendation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.vaccination.clinic.ClinicFlow;
import org.regionalhealth.vaccination.people.Person;
import org.regionalhealth.vaccination.record.VaccinationRecords;
import org.regionalhealth.vaccination.schedule.DoseForecast;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * FHIR R4 for the provincial immunization system and the resident's record: {@code Immunization} read, search by
 * patient and create (a dose given elsewhere), and the forecast as {@code ImmunizationRecommendation} through
 * {@code Patient/{id}/$immds-forecast} (HL7 Immunization Decision Support Forecast IG: a {@code Parameters} with a
 * {@code recommendation} part). Vaccine codes are the platform's product codes (a national code system for vaccine
 * kinds was not retrieved); dates carry the LOINC date criteria of the IG.
 */
@RestController
@RequestMapping("/fhir")
class ImmunizationFhirApiController {

    static final String FHIR_JSON = "application/fhir+json";
    static final String VACCINE_SYSTEM = "https://rhp.xiaoshan.gov.cn/fhir/CodeSystem/vaccine-product";
    static final String TRACE_SYSTEM = "https://rhp.xiaoshan.gov.cn/fhir/NamingSystem/vaccine-trace-code";
    static final String STATUS_SYSTEM = "http://terminology.hl7.org/CodeSystem/immunization-recommendation-status";

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final VaccinationRecords records;
    private final ClinicFlow flow;
    private final ScheduleEngine engine;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    ImmunizationFhirApiController(
            VaccinationRecords records,
            ClinicFlow flow,
            ScheduleEngine engine,
            CurrentUsers users,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.flow = flow;
        this.engine = engine;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(
            path = "/Immunization",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(
            "hasAnyRole('SERVICE','VACCINATION_NURSE','DISTRICT_ADMIN','RESIDENT','STATION_DOCTOR','HOSPITAL_DOCTOR')")
    ResponseEntity<String> search(@RequestParam(name = "patient", required = false) @Nullable String patient) {
        if (patient == null || patient.isBlank()) {
            throw PlatformException.invalidField("VACCINATION_FHIR_PATIENT_REQUIRED", "patient", "请指定 patient 参数");
        }
        var person = person(patient.replace("Patient/", ""));
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        var entries = records.of(person.id());
        for (var e : entries) {
            bundle.addEntry().setResource(immunization(person, e)).setFullUrl("Immunization/" + e.id());
        }
        bundle.setTotal(entries.size());
        audit.record(
                AuditLog.Action.SEARCH,
                "vaccination_record",
                entries.stream().map(VaccinationRecords.Entry::id).toList(),
                "GET /fhir/Immunization?patient=" + person.id());
        return json(bundle);
    }

    @GetMapping(
            path = "/Immunization/{id}",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(
            "hasAnyRole('SERVICE','VACCINATION_NURSE','DISTRICT_ADMIN','RESIDENT','STATION_DOCTOR','HOSPITAL_DOCTOR')")
    ResponseEntity<String> read(@PathVariable long id) {
        long residentId = records.residentOf(id)
                .orElseThrow(() -> PlatformException.notFound("VACCINATION_RECORD_NOT_FOUND", "接种记录不存在"));
        var person = flow.personFor(residentId, users.require());
        var entry = records.of(residentId).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record(AuditLog.Action.READ, "vaccination_record", List.of(id), "GET /fhir/Immunization/" + id);
        return json(immunization(person, entry));
    }

    /** Records a dose given elsewhere (status completed, a known vaccine code, a date not in the future). */
    @PostMapping(
            path = "/Immunization",
            consumes = {FHIR_JSON, "application/json"},
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize("hasAnyRole('SERVICE','VACCINATION_NURSE','DISTRICT_ADMIN')")
    @Transactional
    ResponseEntity<String> create(@RequestBody String body) {
        Immunization imm;
        try {
            imm = fhir.newJsonParser().parseResource(Immunization.class, body);
        } catch (DataFormatException | ClassCastException e) {
            throw PlatformException.invalid("VACCINATION_FHIR_INVALID", "请求体不是合法的 FHIR R4 Immunization");
        }
        if (imm.getStatus() != Immunization.ImmunizationStatus.COMPLETED) {
            throw PlatformException.invalidField("VACCINATION_FHIR_INVALID", "status", "只接收已完成（completed）的接种");
        }
        var person = person(imm.getPatient().getReferenceElement().getIdPart());
        var product = imm.getVaccineCode().getCoding().stream()
                .filter(c -> VACCINE_SYSTEM.equals(c.getSystem()))
                .map(Coding::getCode)
                .findFirst()
                .filter(code -> engine.rules().vaccine(code).isPresent())
                .orElseThrow(
                        () -> PlatformException.invalidField("VACCINATION_FHIR_INVALID", "vaccineCode", "未知的疫苗编码"));
        if (!imm.hasOccurrenceDateTimeType()) {
            throw PlatformException.invalidField("VACCINATION_FHIR_INVALID", "occurrenceDateTime", "缺少接种日期");
        }
        var day = imm.getOccurrenceDateTimeType()
                .getValue()
                .toInstant()
                .atZone(clock.getZone())
                .toLocalDate();
        if (day.isAfter(LocalDate.now(clock)) || day.isBefore(person.birthDate())) {
            throw PlatformException.invalidField("VACCINATION_FHIR_INVALID", "occurrenceDateTime", "接种日期不在出生之后、今天之前");
        }
        long id = records.recordReported(person, product, day, imm.hasLotNumber() ? imm.getLotNumber() : null);
        audit.record(AuditLog.Action.CREATE, "vaccination_record", List.of(id), "POST /fhir/Immunization");
        var created = records.of(person.id()).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/fhir/Immunization/" + id)
                .header("Content-Type", FHIR_JSON)
                .body(fhir.newJsonParser().encodeResourceToString(immunization(person, created)));
    }

    /** The forecast (Immunization Decision Support): every next dose with its status and date criteria. */
    @GetMapping(
            path = "/Patient/{id}/$immds-forecast",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(
            "hasAnyRole('SERVICE','VACCINATION_NURSE','DISTRICT_ADMIN','RESIDENT','STATION_DOCTOR','HOSPITAL_DOCTOR')")
    ResponseEntity<String> forecast(@PathVariable String id) {
        var person = person(id);
        var today = LocalDate.now(clock);
        var forecast = engine.forecast(person.birthDate(), person.sex(), records.doses(person.id()), today);
        var rec = new ImmunizationRecommendation();
        rec.setId("forecast-" + person.id());
        rec.setPatient(new Reference("Patient/" + person.id()));
        rec.setDate(date(today));
        rec.getAuthority().setDisplay("区域数智健康平台 预防接种程序引擎");
        for (DoseForecast d : forecast.items()) {
            if (!d.next()) {
                continue;
            }
            var r = rec.addRecommendation();
            var vaccine = engine.rules().vaccine(d.product()).orElseThrow();
            r.addVaccineCode(new CodeableConcept(new Coding(VACCINE_SYSTEM, d.product(), vaccine.nameZh())));
            r.setTargetDisease(new CodeableConcept().setText(d.series()));
            r.setForecastStatus(new CodeableConcept(new Coding(STATUS_SYSTEM, status(d), null)));
            r.setDoseNumber(new PositiveIntType(Math.max(1, d.dose())));
            r.setSeries(d.programme() ? "国家免疫规划" : "非免疫规划（自费）");
            if (d.earliest() != null) {
                r.addDateCriterion()
                        .setCode(
                                new CodeableConcept(new Coding("http://loinc.org", "30981-5", "Earliest date to give")))
                        .setValue(date(d.earliest()));
            }
            if (d.recommended() != null) {
                r.addDateCriterion()
                        .setCode(new CodeableConcept(new Coding("http://loinc.org", "30980-7", "Date vaccine due")))
                        .setValue(date(d.recommended()));
            }
            if (d.latest() != null) {
                r.addDateCriterion()
                        .setCode(new CodeableConcept(
                                new Coding("http://loinc.org", "59778-1", "Date when overdue for immunization")))
                        .setValue(date(d.latest().plusDays(1)));
            }
            r.addSupportingPatientInformation()
                    .setDisplay(engine.rules().source(d.source()).title());
        }
        var parameters = new Parameters();
        parameters.addParameter().setName("evaluationDate").setValue(new DateTimeType(date(today)));
        parameters.addParameter().setName("recommendation").setResource(rec);
        audit.record(
                AuditLog.Action.READ,
                "vaccination_record",
                List.of(person.id()),
                "GET /fhir/Patient/" + person.id() + "/$immds-forecast");
        return json(parameters);
    }

    private static String status(DoseForecast d) {
        return switch (d.status()) {
            case OVERDUE -> "overdue";
            case DUE -> "due";
            case COMPLETE -> "complete";
            case AGED_OUT -> "agedout";
            case UPCOMING -> "notdue";
        };
    }

    private Immunization immunization(Person person, VaccinationRecords.Entry e) {
        var imm = new Immunization();
        imm.setId(String.valueOf(e.id()));
        imm.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        var name = engine.rules().vaccine(e.product()).map(v -> v.nameZh()).orElse(e.product());
        imm.setVaccineCode(new CodeableConcept(new Coding(VACCINE_SYSTEM, e.product(), name)).setText(name));
        imm.setPatient(new Reference("Patient/" + person.id()));
        imm.setOccurrence(new DateTimeType(date(e.givenOn())));
        imm.setPrimarySource("CLINIC".equals(e.origin()));
        if (e.lotNumber() != null) {
            imm.setLotNumber(e.lotNumber());
        }
        if (e.traceCode() != null) {
            imm.addIdentifier().setSystem(TRACE_SYSTEM).setValue(e.traceCode());
        }
        if (e.clinicId() != null) {
            imm.addPerformer().setActor(new Reference("Organization/" + e.clinicId()).setDisplay(e.clinicName()));
        }
        return imm;
    }

    private Person person(String id) {
        long residentId;
        try {
            residentId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.invalidField("VACCINATION_FHIR_PATIENT_INVALID", "patient", "patient 应为居民编号");
        }
        return flow.personFor(residentId, users.require());
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private ResponseEntity<String> json(org.hl7.fhir.r4.model.Resource resource) {
        return ResponseEntity.ok()
                .header("Content-Type", FHIR_JSON)
                .body(fhir.newJsonParser().encodeResourceToString(resource));
    }
}
