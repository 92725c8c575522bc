package org.regionalhealth.ecg.record;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SampledData;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.ecg.worklist.EcgWorklist;
import org.regionalhealth.ecg.worklist.ReadingState;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * FHIR R4 for the health record and the chest-pain centre: {@code GET /fhir/Observation/ecg-{id}} is the 12-lead ECG
 * as an {@code Observation} (LOINC 11524-6 EKG study) with one component per lead, its code the MDC lead code and its
 * value {@code SampledData} in mV (origin 0, period in ms, factor 0.001: the data are integer microvolts);
 * {@code GET /fhir/DiagnosticReport/ecg-{id}} is the physician's report (LOINC 11524-6, conclusion, rhythm as
 * a coded conclusion in the platform's code system) referring to that Observation.
 */
@RestController
class EcgFhirApiController {

    static final String FHIR_JSON = "application/fhir+json";
    static final String MDC = "urn:oid:2.16.840.1.113883.6.24";
    static final String RHYTHM_SYSTEM = "https://rhp.xiaoshan.gov.cn/fhir/CodeSystem/ecg-rhythm";

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final EcgWorklist worklist;
    private final CurrentUsers users;
    private final Labels labels;
    private final Clock clock;

    EcgFhirApiController(EcgWorklist worklist, CurrentUsers users, Labels labels, Clock clock) {
        this.worklist = worklist;
        this.users = users;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping(
            path = "/fhir/Observation/ecg-{id}",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize("hasAnyRole('SERVICE', 'ECG_PHYSICIAN', 'STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'DISTRICT_ADMIN')")
    ResponseEntity<String> observation(@PathVariable long id) {
        var user = users.require();
        var r = worklist.find(id, user);
        var signal = worklist.signal(id, user);
        var observation = new Observation();
        observation.setId("ecg-" + id);
        observation.setStatus(
                r.state() == ReadingState.REPORTED
                        ? Observation.ObservationStatus.FINAL
                        : Observation.ObservationStatus.PRELIMINARY);
        observation.addCategory(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "procedure", "Procedure")));
        observation.setCode(
                new CodeableConcept(new Coding("http://loinc.org", "11524-6", "EKG study")).setText("12导联心电图"));
        observation.setSubject(new Reference("Patient/" + r.residentId()));
        observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(r.uploadedAt())));
        observation.addPerformer(new Reference().setDisplay(r.stationName()));
        observation.setDevice(new Reference().setDisplay("HL7 aECG"));
        double periodMs = 1000 / signal.sampleRate();
        for (Lead lead : Lead.values()) {
            double[] mv = signal.lead(lead);
            var data = new StringBuilder(mv.length * 5);
            for (int i = 0; i < mv.length; i++) {
                if (i > 0) {
                    data.append(' ');
                }
                data.append(Math.round(mv[i] * 1000));
            }
            var sampled = new SampledData()
                    .setOrigin(new Quantity()
                            .setValue(0)
                            .setUnit("mV")
                            .setSystem("http://unitsofmeasure.org")
                            .setCode("mV"))
                    .setPeriod(periodMs)
                    .setFactor(0.001)
                    .setDimensions(1)
                    .setData(data.toString());
            observation
                    .addComponent()
                    .setCode(new CodeableConcept(new Coding(MDC, String.valueOf(lead.mdcCode()), lead.mdc()))
                            .setText(lead.label()))
                    .setValue(sampled);
        }
        return json(observation);
    }

    @GetMapping(
            path = "/fhir/DiagnosticReport/ecg-{id}",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize("hasAnyRole('SERVICE', 'ECG_PHYSICIAN', 'STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'DISTRICT_ADMIN')")
    ResponseEntity<String> report(@PathVariable long id) {
        var r = worklist.find(id, users.require());
        if (r.state() != ReadingState.REPORTED) {
            throw PlatformException.notFound("ECG_NOT_REPORTED", "该心电图尚未出具报告");
        }
        var report = new DiagnosticReport();
        report.setId("ecg-" + id);
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
        report.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/v2-0074", "EC", "Electrocardiac (e.g., EKG, EEC, Holter)")));
        report.setCode(new CodeableConcept(new Coding("http://loinc.org", "11524-6", "EKG study")).setText("12导联心电图"));
        report.setSubject(new Reference("Patient/" + r.residentId()));
        report.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(r.uploadedAt())));
        report.setIssued(Date.from(r.reportedAt()));
        report.addPerformer(new Reference().setDisplay(r.reportedByName()));
        report.addResult(new Reference("Observation/ecg-" + id));
        report.setConclusion(r.conclusion());
        report.addConclusionCode(
                new CodeableConcept(new Coding(RHYTHM_SYSTEM, r.rhythm().name(), labels.of(r.rhythm()))));
        return json(report);
    }

    private ResponseEntity<String> json(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FHIR_JSON))
                .body(fhir.newJsonParser().encodeResourceToString(resource));
    }
}
