package org.regionalhealth.reviewcenter.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Sha256;
import org.regionalhealth.reviewcenter.PrescriptionScreened;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.regionalhealth.reviewcenter.intake.RegionalHistory;
import org.regionalhealth.reviewcenter.intake.RetrospectiveQueue;
import org.regionalhealth.reviewcenter.workbench.ReviewWorkflow;
import org.regionalhealth.reviewcenter.workbench.ScreenedPrescription;
import org.regionalhealth.screening.PrescriptionScreening;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.formats.PrescriptionRequest;
import org.regionalhealth.screening.formats.PrescriptionRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening, submission (idempotent on institution + prescription number), revision and reading of prescriptions.
 * Everything one call writes — prescription, findings, medication history, retrospective entry, audit row, the
 * {@link PrescriptionScreened} event — is written in one transaction, or nothing is.
 */
@Service
class PrescriptionSubmissions {

    private final PrescriptionRequests requests;
    private final PrescriptionStore store;
    private final RegionalHistory history;
    private final PrescriptionScreening screening;
    private final RetrospectiveQueue retrospective;
    private final Organizations organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final ReviewWorkflow workflow;
    private final Clock clock;
    private final java.time.Duration clockSkew;

    PrescriptionSubmissions(
            PrescriptionRequests requests,
            PrescriptionStore store,
            RegionalHistory history,
            PrescriptionScreening screening,
            RetrospectiveQueue retrospective,
            Organizations organizations,
            AuditLog audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            ReviewWorkflow workflow,
            Clock clock,
            ReviewCenterProperties properties) {
        this.clock = clock;
        this.clockSkew = properties.clockSkew();
        this.workflow = workflow;
        this.requests = requests;
        this.store = store;
        this.history = history;
        this.screening = screening;
        this.retrospective = retrospective;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** Screens a draft; nothing about the prescription is stored (the history read is audited). */
    @Transactional
    public VerdictView screenDraft(PrescriptionRequest request, CurrentUser user) {
        var draft = draft(request, user);
        LocalDate today = LocalDate.now(clock);
        history.addTo(draft.intake(), today, null);
        Verdict verdict = screening.screen(draft.prescription(), draft.intake().toContext());
        return VerdictView.draft(
                request.institutionCode(),
                request.prescriptionNumber(),
                verdict,
                draft.intake().gaps(today));
    }

    /**
     * Submits a prescription. The same submission twice returns the stored result and stores one copy; a different
     * prescription under a number already used is a conflict (modifications go through {@link #revise}).
     */
    /** The result of a submission; {@code created} is false when the same submission was already stored. */
    record Submission(VerdictView view, boolean created) {}

    @Transactional
    public Submission submit(PrescriptionRequest request, CurrentUser user) {
        var draft = draft(request, user);
        String body = json.writeValueAsString(request);
        String sha = Sha256.hex(body);
        var existing = store.findByNumber(draft.institution().id(), request.prescriptionNumber());
        if (existing.isPresent()) {
            return new Submission(same(existing.get(), sha, draft.institution()), false);
        }
        LocalDate today = LocalDate.now(clock);
        history.addTo(draft.intake(), today, null);
        Verdict verdict = screening.screen(draft.prescription(), draft.intake().toContext());
        List<String> gaps = draft.intake().gaps(today);
        var screened = new PrescriptionStore.Screening(
                draft.institution().id(),
                draft.institution().path(),
                draft.prescription(),
                history.keyOf(draft.intake()),
                sha,
                body,
                verdict,
                gaps,
                user.username());
        var id = store.insert(screened);
        if (id.isEmpty()) {
            // a concurrent submission of the same number won the insert
            var winner = store.findByNumber(draft.institution().id(), request.prescriptionNumber())
                    .orElseThrow();
            return new Submission(same(winner, sha, draft.institution()), false);
        }
        afterScreening(id.get(), 1, draft, verdict, body, user);
        audit.record(
                AuditLog.Action.CREATE,
                "prescription",
                List.of(id.get()),
                "POST /api/prescription-review/prescriptions");
        return new Submission(
                VerdictView.stored(
                        request.institutionCode(), store.find(id.get()).orElseThrow()),
                true);
    }

    /**
     * Stores a modified prescription (the doctor's change, a new diagnosis) as the next revision and re-screens it:
     * findings that no longer apply are closed (research §7 N3).
     */
    @Transactional
    public VerdictView revise(long id, PrescriptionRequest request, CurrentUser user) {
        StoredPrescription current = readable(id, user);
        var draft = draft(request, user);
        if (draft.institution().id() != current.institutionId()
                || !request.prescriptionNumber().equals(current.prescriptionNumber())) {
            throw PlatformException.invalid("PRESCRIPTION_IDENTITY_CHANGED", "修改处方时机构编码和处方号必须与原处方一致");
        }
        String body = json.writeValueAsString(request);
        String sha = Sha256.hex(body);
        if (sha.equals(current.requestSha256())) {
            return VerdictView.stored(request.institutionCode(), current);
        }
        LocalDate today = LocalDate.now(clock);
        history.addTo(draft.intake(), today, id);
        Verdict verdict = screening.screen(draft.prescription(), draft.intake().toContext());
        var screened = new PrescriptionStore.Screening(
                draft.institution().id(),
                draft.institution().path(),
                draft.prescription(),
                history.keyOf(draft.intake()),
                sha,
                body,
                verdict,
                draft.intake().gaps(today),
                user.username());
        int revision;
        try {
            revision = store.revise(id, current.revision(), screened);
        } catch (PrescriptionStore.ConcurrentRevisionException e) {
            throw PlatformException.conflict("PRESCRIPTION_REVISED_CONCURRENTLY", "处方已被他人修改，请刷新后重试");
        }
        afterScreening(id, revision, draft, verdict, body, user);
        audit.record(
                AuditLog.Action.UPDATE,
                "prescription",
                List.of(id),
                "PUT /api/prescription-review/prescriptions/" + id);
        return VerdictView.stored(request.institutionCode(), store.find(id).orElseThrow());
    }

    @Transactional
    public VerdictView read(long id, CurrentUser user) {
        StoredPrescription p = readable(id, user);
        audit.record(
                AuditLog.Action.READ, "prescription", List.of(id), "GET /api/prescription-review/prescriptions/" + id);
        return VerdictView.stored(codeOf(p.institutionId()), p);
    }

    @Transactional
    public VerdictView readByNumber(String institutionCode, String number, CurrentUser user) {
        Unit institution = organizations
                .findByCode(institutionCode)
                .orElseThrow(() -> PlatformException.notFound("PRESCRIPTION_NOT_FOUND", "处方不存在"));
        StoredPrescription p = store.findByNumber(institution.id(), number)
                .filter(found -> user.scope().covers(found.institutionPath()))
                .orElseThrow(() -> PlatformException.notFound("PRESCRIPTION_NOT_FOUND", "处方不存在"));
        audit.record(
                AuditLog.Action.READ,
                "prescription",
                List.of(p.id()),
                "GET /api/prescription-review/prescriptions?number");
        return VerdictView.stored(institutionCode, p);
    }

    /**
     * What follows a stored screening, in the same transaction: the review state and task (issue 4 item 1), the
     * retrospective entry of an unscreened prescription, the {@link PrescriptionScreened} event.
     */
    private void afterScreening(
            long id, int revision, PrescriptionRequests.Draft draft, Verdict verdict, String body, CurrentUser user) {
        Unit institution = draft.institution();
        String number = draft.prescription().id();
        workflow.screened(new ScreenedPrescription(
                id,
                revision,
                institution.id(),
                institution.path(),
                draft.prescription(),
                draft.intake().birthDate,
                draft.intake().cancerPainRegistered,
                verdict,
                user.username()));
        if (verdict.status() == Verdict.Status.UNSCREENED) {
            retrospective.enqueue(
                    RetrospectiveQueue.Channel.REST, institution.id(), id, number, body, verdict.failure());
        }
        events.publishEvent(new PrescriptionScreened(
                id, institution.id(), number, revision, verdict.status(), verdict.action(), verdict.highestTier()));
    }

    private VerdictView same(StoredPrescription stored, String sha, Unit institution) {
        if (!stored.requestSha256().equals(sha)) {
            throw PlatformException.conflict(
                    "PRESCRIPTION_NUMBER_REUSED",
                    "该机构已提交过处方号 " + stored.prescriptionNumber()
                            + " 且内容不同；修改处方请用 PUT /api/prescription-review/prescriptions/" + stored.id());
        }
        audit.record(
                AuditLog.Action.READ,
                "prescription",
                List.of(stored.id()),
                "POST /api/prescription-review/prescriptions (重复提交)");
        return VerdictView.stored(institution.code(), stored);
    }

    private StoredPrescription readable(long id, CurrentUser user) {
        // out of scope reads as absent: the caller learns nothing about other institutions' prescriptions
        return store.find(id)
                .filter(p -> user.scope().covers(p.institutionPath()))
                .orElseThrow(() -> PlatformException.notFound("PRESCRIPTION_NOT_FOUND", "处方不存在"));
    }

    private String codeOf(long institutionId) {
        return organizations.find(institutionId).map(Unit::code).orElse(Long.toString(institutionId));
    }

    /** Maps a request for screening, after refusing an issue date in the future or past its validity. */
    private PrescriptionRequests.Draft draft(PrescriptionRequest request, CurrentUser user) {
        IssueDates.checkIssueDate(request.issuedOn(), request.validityDays(), clock, clockSkew);
        return requests.map(request, user);
    }
}
