package org.regionalhealth.consultation.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.DiagnosedVisits;
import org.regionalhealth.consultation.ConsultationProperties;
import org.regionalhealth.consultation.ConsultationStatus;
import org.regionalhealth.consultation.OnlinePrescription;
import org.regionalhealth.consultation.OnlinePrescriptionScreened;
import org.regionalhealth.consultation.OnlinePrescriptionStatus;
import org.regionalhealth.drugs.ControlledCategory;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.familydoctor.ChronicConditions;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIdNumber;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionScreening;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Online follow-up consultations (互联网复诊) and their prescriptions, each rule of the 细则 enforced where the data are
 * written: a consultation opens only on a diagnosed visit at a physical institution; a doctor of that institution
 * accepts it (复诊确认) or terminates it to an in-person visit; a prescription is written by the accepting doctor
 * himself, never by a service account (严禁使用人工智能等自动生成处方), contains no special-management drug, is screened
 * and waits for a pharmacist.
 */
@Service
public class Consultations {

    /** 麻醉药品、精神药品、医疗用毒性药品: special-management drugs not prescribed online (管理办法 第十九条; 细则). */
    static final Set<ControlledCategory> FORBIDDEN_ONLINE = EnumSet.of(
            ControlledCategory.NARCOTIC,
            ControlledCategory.PSYCHOTROPIC1,
            ControlledCategory.PSYCHOTROPIC2,
            ControlledCategory.TOXIC);

    /** Children under 6: a guardian and a relevant specialist must be present (管理办法 第十九条). */
    static final int GUARDIAN_BELOW_YEARS = 6;

    private final JdbcClient jdbc;
    private final DiagnosedVisits visits;
    private final ChronicConditions chronic;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final PrescriptionScreening screening;
    private final DrugKnowledge knowledge;
    private final ConsultationProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Consultations(
            JdbcClient jdbc,
            DiagnosedVisits visits,
            ChronicConditions chronic,
            ResidentIndex residents,
            Organizations organizations,
            PrescriptionScreening screening,
            DrugKnowledge knowledge,
            ConsultationProperties properties,
            ApplicationEventPublisher events,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.json = json;
        this.jdbc = jdbc;
        this.visits = visits;
        this.chronic = chronic;
        this.residents = residents;
        this.organizations = organizations;
        this.screening = screening;
        this.knowledge = knowledge;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A consultation as its pages show it. */
    public record Consultation(
            long id,
            long residentId,
            long unitId,
            String diagnosisIcd10,
            String diagnosisText,
            LocalDate priorDay,
            String complaint,
            ConsultationStatus status,
            @Nullable String doctorName,
            @Nullable String doctorUsername,
            @Nullable String residentName,
            Sex sex,
            LocalDate birthDate,
            Instant openedAt,
            @Nullable String closeReason,
            @Nullable String basisDisease) {

        public int ageOn(LocalDate day) {
            return java.time.Period.between(birthDate, day).getYears();
        }
    }

    /** A drug line as the doctor writes it online. */
    public record Line(String drugName, double dose, String doseUnit, String frequency, int days) {

        OnlinePrescription.Line api() {
            return new OnlinePrescription.Line(drugName, dose, doseUnit, frequency, days);
        }
    }

    /** The result of a prescription: stored, screened, waiting for the pharmacist. */
    public record Issued(long prescriptionId, Action action, String status, List<String> findings) {}

    /** Whether any consultation exists (the demo writes its own once). */
    public boolean any() {
        return jdbc.sql("select exists(select 1 from consultation_consultation)")
                .query(Boolean.class)
                .single();
    }

    /** The diagnosed visits a resident may base a follow-up on (their own, within the window). */
    public List<DiagnosedVisits.Visit> eligibleVisits(long residentId) {
        LocalDate since = LocalDate.now(clock).minusDays(properties.priorDiagnosisDays());
        return visits.of(residentId).stream()
                .filter(v -> !v.day().isBefore(since))
                .toList();
    }

    /**
     * The chronic conditions the resident's family doctor manages (registered at a physical institution, with the
     * last follow-up), from {@code familydoctor}: a follow-up may rest on them as on a diagnosed visit.
     */
    public List<ChronicConditions.Condition> eligibleChronic(long residentId) {
        return chronic.managed(residentId);
    }

    /** Opens a follow-up on a diagnosed in-person visit (the visit's institution takes it). */
    @Transactional
    public Consultation open(
            long residentId, long priorVisitId, String complaint, boolean guardianPresent, CurrentUser user) {
        Resident resident = checkResident(residentId, user);
        String text = checkComplaint(complaint);
        var visit = eligibleVisits(residentId).stream()
                .filter(v -> v.appointmentId() == priorVisitId)
                .findFirst()
                .orElseThrow(Consultations::firstVisit);
        checkGuardian(resident, guardianPresent);
        return insert(
                resident, visit.unitId(), visit.appointmentId(), visit.day(), visit.icd10(), visit.text(), null, text);
    }

    /**
     * Opens a follow-up on a chronic condition under the family doctor's management (细则: 在实体医疗机构明确诊断为某种
     * 慢性病后可提供复诊): the managing institution takes it; the prior day is the last follow-up (or the registration
     * when none yet). A condition not (or no longer) under management is a first visit online: refused.
     */
    @Transactional
    public Consultation openOnChronic(
            long residentId, String disease, String complaint, boolean guardianPresent, CurrentUser user) {
        Resident resident = checkResident(residentId, user);
        String text = checkComplaint(complaint);
        var condition = chronic.managed(residentId).stream()
                .filter(c -> c.disease().equals(disease))
                .findFirst()
                .orElseThrow(Consultations::firstVisit);
        checkGuardian(resident, guardianPresent);
        LocalDate prior = condition.lastFollowUpOn() != null ? condition.lastFollowUpOn() : condition.registeredOn();
        return insert(
                resident,
                condition.unitId(),
                null,
                prior,
                condition.icd10(),
                condition.nameZh(),
                condition.disease(),
                text);
    }

    private static PlatformException firstVisit() {
        return PlatformException.conflict("CONSULTATION_FIRST_VISIT", "互联网诊疗仅限已在实体医疗机构确诊疾病的复诊，不能在线首诊；请先到医院或社区卫生服务中心就诊");
    }

    private Resident checkResident(long residentId, CurrentUser user) {
        if (user.scope().isResidentOnly() && user.scope().residentId().orElseThrow() != residentId) {
            throw PlatformException.forbidden("CONSULTATION_OTHER_RESIDENT", "只能为本人申请复诊");
        }
        Resident resident = residents
                .find(residentId, user, "consultation real-name check")
                .orElseThrow(() -> PlatformException.notFound("CONSULTATION_RESIDENT_NOT_FOUND", "就诊人不存在"));
        if (ResidentIdNumber.problemWith(resident.idNumber(), LocalDate.now(clock))
                .isPresent()) {
            throw PlatformException.invalid("CONSULTATION_REAL_NAME", "互联网诊疗实行实名制：就诊人身份证号无效，请先到社区核对身份信息");
        }
        return resident;
    }

    private static String checkComplaint(String complaint) {
        String text = complaint == null ? "" : complaint.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw PlatformException.invalidField("CONSULTATION_COMPLAINT", "complaint", "请简要描述本次复诊的情况（500字以内）");
        }
        return text;
    }

    private void checkGuardian(Resident resident, boolean guardianPresent) {
        if (resident.ageOn(LocalDate.now(clock)) < GUARDIAN_BELOW_YEARS && !guardianPresent) {
            throw PlatformException.invalidField(
                    "CONSULTATION_GUARDIAN", "guardianPresent", "6岁以下儿童在线复诊须有监护人陪同，请确认监护人在场");
        }
    }

    private Consultation insert(
            Resident resident,
            long unitId,
            @Nullable Long priorVisitId,
            LocalDate priorDay,
            String icd10,
            String diagnosisText,
            @Nullable String basisDisease,
            String complaint) {
        LocalDate today = LocalDate.now(clock);
        var unit = organizations.find(unitId).orElseThrow();
        long id = jdbc.sql(
                        """
                        insert into consultation_consultation (resident_id, unit_id, unit_path, prior_visit_id, prior_day,
                            diagnosis_icd10, diagnosis_text, complaint, birth_date, sex, resident_name, status, opened_at,
                            keep_until, basis_disease)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?) returning id""")
                .params(
                        resident.id(),
                        unit.id(),
                        unit.path(),
                        priorVisitId,
                        priorDay,
                        icd10,
                        diagnosisText,
                        complaint,
                        resident.birthDate(),
                        resident.sex().name(),
                        resident.name(),
                        Timestamp.from(clock.instant()),
                        today.plusYears(properties.recordYears()),
                        basisDisease)
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "consultation", List.of(id), "consultation open");
        return require(id);
    }

    /** 复诊确认: a doctor of the institution that made the diagnosis takes the consultation. */
    @Transactional
    public Consultation accept(long id, CurrentUser doctor) {
        requireDoctor(doctor);
        var c = readable(id, doctor);
        if (c.status() != ConsultationStatus.WAITING) {
            throw PlatformException.conflict("CONSULTATION_NOT_WAITING", "该复诊已被接诊或已结束");
        }
        jdbc.sql(
                        "update consultation_consultation set status = 'IN_PROGRESS', doctor_username = ?, doctor_name = ?, accepted_at = ? where id = ?")
                .params(doctor.username(), doctor.displayName(), Timestamp.from(clock.instant()), id)
                .update();
        audit.record(AuditLog.Action.UPDATE, "consultation", List.of(id), "consultation accept");
        return require(id);
    }

    /** A text (or image) message of either side; kept {@code messageYears}. */
    @Transactional
    public void post(long id, String text, @Nullable String imageName, CurrentUser user) {
        var c = readable(id, user);
        if (c.status() == ConsultationStatus.CLOSED || c.status() == ConsultationStatus.TERMINATED) {
            throw PlatformException.conflict("CONSULTATION_CLOSED", "该复诊已结束");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() && imageName == null || body.length() > 2000) {
            throw PlatformException.invalidField("CONSULTATION_MESSAGE", "text", "请输入消息（2000字以内）");
        }
        jdbc.sql(
                        """
                        insert into consultation_message (consultation_id, author, from_doctor, text, image_name, created_at, keep_until)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        user.username(),
                        !user.scope().isResidentOnly(),
                        body,
                        imageName,
                        Timestamp.from(clock.instant()),
                        LocalDate.now(clock).plusYears(properties.messageYears()))
                .update();
        audit.record(AuditLog.Action.UPDATE, "consultation", List.of(id), "consultation message");
    }

    /** 终止: the condition changed or it is in fact a first visit; the resident is sent to an in-person visit. */
    @Transactional
    public Consultation terminate(long id, String reason, CurrentUser doctor) {
        requireDoctor(doctor);
        readable(id, doctor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw PlatformException.invalidField("CONSULTATION_REASON", "reason", "请填写转线下就诊的原因（200字以内）");
        }
        jdbc.sql(
                        "update consultation_consultation set status = 'TERMINATED', closed_at = ?, close_reason = ? where id = ? and status in ('WAITING', 'IN_PROGRESS')")
                .params(Timestamp.from(clock.instant()), why, id)
                .update();
        audit.record(AuditLog.Action.UPDATE, "consultation", List.of(id), "consultation terminate");
        return require(id);
    }

    /** 结束问诊: the treating doctor closes the consultation; its record and messages are kept. */
    @Transactional
    public Consultation close(long id, CurrentUser doctor) {
        requireDoctor(doctor);
        var c = readable(id, doctor);
        if (c.status() != ConsultationStatus.IN_PROGRESS) {
            throw PlatformException.conflict("CONSULTATION_NOT_IN_PROGRESS", "只有接诊中的复诊可以结束");
        }
        if (!doctor.username().equals(c.doctorUsername())) {
            throw PlatformException.forbidden("CONSULTATION_NOT_TREATING_DOCTOR", "只有接诊医师本人可以结束问诊");
        }
        jdbc.sql(
                        "update consultation_consultation set status = 'CLOSED', closed_at = ? where id = ? and status = 'IN_PROGRESS'")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        audit.record(AuditLog.Action.UPDATE, "consultation", List.of(id), "consultation close");
        return require(id);
    }

    /**
     * An online prescription by the treating doctor: special-management drugs and drugs the knowledge base does not
     * know are refused before anything is stored; the rest is screened and waits for the pharmacist.
     */
    @Transactional
    public Issued prescribe(long id, List<Line> lines, CurrentUser doctor) {
        requireDoctor(doctor);
        var c = readable(id, doctor);
        if (c.status() != ConsultationStatus.IN_PROGRESS) {
            throw PlatformException.conflict("CONSULTATION_NOT_IN_PROGRESS", "只有接诊中的复诊可以开具处方");
        }
        String treating = jdbc.sql("select doctor_username from consultation_consultation where id = ?")
                .param(id)
                .query(String.class)
                .single();
        if (!doctor.username().equals(treating)) {
            throw PlatformException.forbidden("CONSULTATION_NOT_TREATING_DOCTOR", "处方须由接诊医师本人开具");
        }
        if (lines == null || lines.isEmpty() || lines.size() > 5) {
            throw PlatformException.invalidField("CONSULTATION_LINES", "lines", "在线处方须有1–5种药品");
        }
        // the chronic-care check (细则: only for a diagnosed chronic condition): a follow-up on a managed condition
        // needs it still under the family doctor's management when the prescription is written
        var managed = chronic.managed(c.residentId());
        if (c.basisDisease() != null
                && managed.stream().noneMatch(m -> m.disease().equals(c.basisDisease()))) {
            throw PlatformException.conflict("CONSULTATION_CHRONIC_ENDED", "该慢病已不在家庭医生管理中，不能在线续方；请转线下就诊");
        }
        var kb = knowledge.snapshot();
        var errors = new ArrayList<String>();
        for (var line : lines) {
            var generic = kb.findGeneric(line.drugName());
            if (generic.isEmpty()) {
                errors.add(line.drugName() + "：知识库中没有该药品，不能在线开具");
            } else if (FORBIDDEN_ONLINE.contains(generic.get().controlled())) {
                errors.add(line.drugName() + "：麻醉药品、精神药品等特殊管理药品不得在互联网诊疗中开具");
            }
        }
        if (!errors.isEmpty()) {
            throw PlatformException.invalidField("CONSULTATION_DRUG_FORBIDDEN", "lines", String.join("；", errors));
        }
        var shared = jdbc.sql("select birth_date, sex from consultation_consultation where id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), Sex.valueOf(rs.getString(2))})
                .single();
        LocalDate today = LocalDate.now(clock);
        var diagnosis = Diagnosis.of(c.diagnosisIcd10(), c.diagnosisText());
        var prescription = Prescription.builder(today)
                .id("NET-" + id + "-" + System.currentTimeMillis())
                .institutionId(Long.toString(c.unitId()))
                .prescriber(new Prescriber(doctor.username(), doctor.displayName(), true, false, null, false))
                .diagnoses(diagnosis)
                .lines(lines.stream()
                        .map(l -> PrescriptionLine.of(
                                l.drugName(), null, "口服", l.dose(), l.doseUnit(), l.frequency(), l.days()))
                        .toList())
                .build();
        // screening sees every condition under management, not only the one the follow-up rests on
        var diagnoses = new ArrayList<Diagnosis>(List.of(diagnosis));
        managed.stream()
                .filter(m -> !m.icd10().equals(c.diagnosisIcd10()))
                .forEach(m -> diagnoses.add(Diagnosis.of(m.icd10(), m.nameZh())));
        var patient = PatientContext.of((LocalDate) shared[0], (Sex) shared[1], diagnoses);
        var verdict = screening.screen(prescription, patient);
        var findings = verdict.findings().stream()
                .map(org.regionalhealth.screening.Finding::message)
                .toList();
        // 细则: every online prescription waits for a pharmacist, whatever screening said (unless it rejects it)
        String status = verdict.action() == Action.REJECT
                ? OnlinePrescriptionStatus.REJECTED.name()
                : OnlinePrescriptionStatus.AWAITING_REVIEW.name();
        long pid = jdbc.sql(
                        """
                        insert into consultation_prescription (consultation_id, prescriber, prescriber_name, lines, status,
                            action, highest_tier, findings, kb_version, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        id,
                        doctor.username(),
                        doctor.displayName(),
                        json.writeValueAsString(lines.stream().map(Line::api).toList()),
                        status,
                        verdict.action().name(),
                        verdict.highestTier() == null
                                ? null
                                : verdict.highestTier().name(),
                        String.join("\n", findings),
                        verdict.kbVersion(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new OnlinePrescriptionScreened(
                pid,
                id,
                c.residentId(),
                c.unitId(),
                doctor.username(),
                verdict.action().name(),
                verdict.highestTier() == null ? null : verdict.highestTier().name()));
        audit.record(AuditLog.Action.CREATE, "consultation_prescription", List.of(pid), "consultation prescribe");
        return new Issued(pid, verdict.action(), status, findings);
    }

    /**
     * Only a real-name clinician's own account accepts and prescribes: a service account (a HIS, an AI assistant)
     * never does (细则: 严禁使用人工智能等自动生成处方).
     */
    private static void requireDoctor(CurrentUser user) {
        boolean clinician = user.role() == Role.HOSPITAL_DOCTOR || user.role() == Role.STATION_DOCTOR;
        if (!clinician) {
            throw PlatformException.forbidden("CONSULTATION_DOCTOR_ONLY", "互联网诊疗须由实名认证的医师本人提供，人工智能或系统账号不得代替医师接诊或开具处方");
        }
    }

    public Consultation readable(long id, CurrentUser user) {
        var row = jdbc.sql("select unit_path, resident_id from consultation_consultation where id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .optional()
                .filter(r -> user.scope().isResidentOnly()
                        ? user.scope().residentId().orElseThrow().equals(r[1])
                        : user.scope().covers((String) r[0]))
                .orElseThrow(() -> PlatformException.notFound("CONSULTATION_NOT_FOUND", "复诊不存在或不在您的管理范围内"));
        return require(id);
    }

    static final String COLUMNS =
            """
            id, resident_id, unit_id, diagnosis_icd10, diagnosis_text, prior_day, complaint, status, doctor_name,
            doctor_username, resident_name, sex, birth_date, opened_at, close_reason, basis_disease""";

    static Consultation consultation(ResultSet rs, int n) throws SQLException {
        return new Consultation(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getString(7),
                ConsultationStatus.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                Sex.valueOf(rs.getString(12)),
                rs.getObject(13, LocalDate.class),
                rs.getTimestamp(14).toInstant(),
                rs.getString(15),
                rs.getString(16));
    }

    Consultation require(long id) {
        return jdbc.sql("select " + COLUMNS + " from consultation_consultation where id = ?")
                .param(id)
                .query(Consultations::consultation)
                .single();
    }

    static final TypeReference<List<OnlinePrescription.Line>> LINES = new TypeReference<>() {};

    List<OnlinePrescription.Line> lines(String stored) {
        return json.readValue(stored, LINES);
    }
}
