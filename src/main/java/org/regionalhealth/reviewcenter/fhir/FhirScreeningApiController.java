package org.regionalhealth.reviewcenter.fhir;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.reviewcenter.intake.RetrospectiveQueue;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.formats.FhirPrescriptions;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * FHIR R4 screening (issue 3 §5): a Bundle of {@code MedicationRequest} (with the patient's {@code Patient},
 * {@code Condition}, {@code AllergyIntolerance} and {@code Observation} resources where the client has them) in, a
 * Bundle of {@code DetectedIssue} plus an {@code OperationOutcome} out. Nothing is stored but an unscreened result's
 * retrospective entry.
 */
@RestController
@Tag(name = "FHIR R4")
class FhirScreeningApiController {

    static final String FHIR_JSON = "application/fhir+json";

    private final FhirPrescriptions prescriptions;
    private final FhirScreening screening;
    private final RetrospectiveQueue retrospective;
    private final CurrentUsers users;
    private final Clock clock;

    FhirScreeningApiController(
            FhirPrescriptions prescriptions,
            FhirScreening screening,
            RetrospectiveQueue retrospective,
            CurrentUsers users,
            Clock clock) {
        this.clock = clock;
        this.prescriptions = prescriptions;
        this.screening = screening;
        this.retrospective = retrospective;
        this.users = users;
    }

    @PostMapping(
            path = "/fhir/MedicationRequest/$screen",
            consumes = {FHIR_JSON, "application/json"},
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize("hasAnyRole('SERVICE', 'HOSPITAL_DOCTOR', 'STATION_DOCTOR')")
    @Transactional
    @Operation(summary = "Screen a Bundle of MedicationRequest; returns a Bundle of DetectedIssue")
    ResponseEntity<String> screen(@RequestBody String body) {
        Bundle bundle = prescriptions.parse(Bundle.class, body, "Bundle");
        List<MedicationRequest> orders = new ArrayList<>();
        List<String> references = new ArrayList<>();
        PatientIntake intake = new PatientIntake();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof MedicationRequest order) {
                orders.add(order);
                references.add(
                        entry.hasFullUrl()
                                ? entry.getFullUrl()
                                : "MedicationRequest/"
                                        + (order.hasIdElement()
                                                ? order.getIdElement().getIdPart()
                                                : orders.size()));
            } else if (entry.getResource() instanceof Patient patient) {
                FhirPrescriptions.patient(patient, intake, clock);
            }
        }
        FhirPrescriptions.conditions(FhirPrescriptions.resources(bundle, Condition.class), intake);
        List<AllergyIntolerance> allergies = FhirPrescriptions.resources(bundle, AllergyIntolerance.class);
        if (!allergies.isEmpty()) {
            FhirPrescriptions.allergies(allergies, intake);
        }
        FhirPrescriptions.observations(FhirPrescriptions.resources(bundle, Observation.class), intake, clock.getZone());
        var user = users.require();
        FhirScreening.Result result = screening.screen(orders, references, intake, null, user, "Bundle.entry");
        if (result.verdict().status() == Verdict.Status.UNSCREENED) {
            retrospective.enqueue(
                    RetrospectiveQueue.Channel.FHIR,
                    result.institution().id(),
                    null,
                    null,
                    body,
                    result.verdict().failure());
        }
        return ResponseEntity.ok()
                .header("Content-Type", FHIR_JSON + ";charset=UTF-8")
                .body(prescriptions.encode(DetectedIssues.bundle(result)));
    }
}
