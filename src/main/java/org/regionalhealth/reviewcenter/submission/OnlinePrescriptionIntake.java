package org.regionalhealth.reviewcenter.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.consultation.OnlinePrescription;
import org.regionalhealth.consultation.OnlinePrescriptionScreened;
import org.regionalhealth.consultation.OnlinePrescriptionStatus;
import org.regionalhealth.consultation.OnlinePrescriptions;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.Sha256;
import org.regionalhealth.reviewcenter.PrescriptionReviewed;
import org.regionalhealth.reviewcenter.PrescriptionScreened;
import org.regionalhealth.reviewcenter.intake.RegionalHistory;
import org.regionalhealth.reviewcenter.workbench.ReturnReason;
import org.regionalhealth.reviewcenter.workbench.ReviewWorkflow;
import org.regionalhealth.reviewcenter.workbench.ScreenedPrescription;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.PrescriptionScreening;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.formats.PrescriptionRequest;
import org.regionalhealth.screening.formats.PrescriptionRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Online prescriptions (互联网复诊) on the pharmacists' queue like any other, and the decision back to the
 * consultation. An {@link OnlinePrescriptionScreened} is stored as prescription {@code NET-<id>} of the consulting
 * institution in the REST request format (so the review sheet shows it), screened again here, and always queued for a
 * pharmacist unless screening rejects it (细则: 处方经药师审核后方可生效). When a pharmacist approves or returns it
 * ({@link PrescriptionReviewed}), {@link OnlinePrescriptions#reviewed} tells the consultation, so the resident and the
 * doctor see the decision. Both listeners are idempotent (ADR 0003: a publication may be delivered again).
 */
@Component
class OnlinePrescriptionIntake {

    static final String NUMBER_PREFIX = "NET-";

    private final OnlinePrescriptions online;
    private final Organizations organizations;
    private final PrescriptionStore store;
    private final RegionalHistory history;
    private final PrescriptionScreening screening;
    private final ReviewWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Labels labels;
    private final java.time.Clock clock;

    OnlinePrescriptionIntake(
            OnlinePrescriptions online,
            Organizations organizations,
            PrescriptionStore store,
            RegionalHistory history,
            PrescriptionScreening screening,
            ReviewWorkflow workflow,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            JsonMapper json,
            Labels labels,
            java.time.Clock clock) {
        this.online = online;
        this.organizations = organizations;
        this.store = store;
        this.history = history;
        this.screening = screening;
        this.workflow = workflow;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.labels = labels;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OnlinePrescriptionScreened event) {
        var found = online.find(event.prescriptionId());
        if (found.isEmpty() || found.get().status() == OnlinePrescriptionStatus.REJECTED) {
            // screening in the consultation already stopped it: nothing for a pharmacist
            return;
        }
        OnlinePrescription p = found.get();
        Unit unit = organizations.find(p.unitId()).orElseThrow();
        String number = NUMBER_PREFIX + p.id();
        if (store.findByNumber(unit.id(), number).isPresent()) {
            return;
        }
        LocalDate issued = p.createdAt().atZone(clock.getZone()).toLocalDate();
        var request = request(p, unit, number, issued);
        var prescriber = new Prescriber(p.prescriber(), p.prescriberName(), true, false, null, false);
        var stored = PrescriptionRequests.stored(request, unit, prescriber);
        history.addTo(stored.intake(), LocalDate.now(clock), null);
        Verdict verdict =
                screening.screen(stored.prescription(), stored.intake().toContext());
        String body = json.writeValueAsString(request);
        var id = store.insert(new PrescriptionStore.Screening(
                unit.id(),
                unit.path(),
                stored.prescription(),
                history.keyOf(stored.intake()),
                Sha256.hex(body),
                body,
                verdict,
                stored.intake().gaps(LocalDate.now(clock)),
                p.prescriber()));
        if (id.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        insert into prescriptionreview_online (prescription_id, online_prescription_id, consultation_id)
                        values (?, ?, ?) on conflict do nothing""")
                .params(id.get(), p.id(), p.consultationId())
                .update();
        workflow.screenedForPharmacist(new ScreenedPrescription(
                id.get(),
                1,
                unit.id(),
                unit.path(),
                stored.prescription(),
                p.birthDate(),
                false,
                verdict,
                p.prescriber()));
        events.publishEvent(new PrescriptionScreened(
                id.get(), unit.id(), number, 1, verdict.status(), verdict.action(), verdict.highestTier()));
    }

    @ApplicationModuleListener
    void on(PrescriptionReviewed event) {
        var onlineId = jdbc.sql(
                        "select online_prescription_id from prescriptionreview_online where prescription_id = ?")
                .param(event.prescriptionId())
                .query(Long.class)
                .optional();
        if (onlineId.isEmpty()) {
            return;
        }
        var decision = event.decision() == PrescriptionReviewed.Decision.RETURNED
                ? OnlinePrescriptionStatus.RETURNED
                : OnlinePrescriptionStatus.APPROVED;
        online.reviewed(onlineId.get(), decision, note(event), event.actor());
    }

    /** The pharmacist's return reasons in words, then the message. */
    private String note(PrescriptionReviewed event) {
        List<String> parts = new ArrayList<>();
        for (String code : event.reasonCodes()) {
            try {
                parts.add(labels.zh(ReturnReason.valueOf(code)));
            } catch (IllegalArgumentException e) {
                // not a return reason (a double-signature reason): not shown to the patient
            }
        }
        if (event.message() != null && !event.message().isBlank()) {
            parts.add(event.message().strip());
        }
        return parts.isEmpty() ? null : String.join("；", parts);
    }

    private static PrescriptionRequest request(OnlinePrescription p, Unit unit, String number, LocalDate issued) {
        var patient = new PrescriptionRequest.Patient(
                null, p.birthDate(), p.sex(), null, null, null, null, null, null, null, null, null, null, null, null);
        var lines = p.lines().stream()
                .map(l -> new PrescriptionRequest.Line(
                        l.drugName(),
                        null,
                        null,
                        null,
                        "口服",
                        l.dose(),
                        l.doseUnit(),
                        l.frequency(),
                        l.days(),
                        null,
                        null,
                        null,
                        null,
                        null))
                .toList();
        return PrescriptionRequest.of(
                unit.code(),
                number,
                Setting.OUTPATIENT,
                null,
                issued,
                new PrescriptionRequest.PrescriberRef(null, p.prescriberName()),
                patient,
                List.of(new PrescriptionRequest.DiagnosisEntry(p.diagnosisIcd10(), p.diagnosisText())),
                null,
                lines);
    }
}
