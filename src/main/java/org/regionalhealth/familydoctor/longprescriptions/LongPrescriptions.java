package org.regionalhealth.familydoctor.longprescriptions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.regionalhealth.familydoctor.chronic.ChronicCare;
import org.regionalhealth.familydoctor.chronic.Disease;
import org.regionalhealth.familydoctor.chronic.VisitClass;
import org.regionalhealth.familydoctor.people.People;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionScreening;
import org.regionalhealth.screening.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Long prescriptions (长期处方, up to 12 weeks) for stable chronic patients (《长期处方管理规范（试行）》国卫办医发〔2021〕
 * 17号: for patients with a clear diagnosis and a stable condition on long-term medication). The module checks
 * stability itself — the latest follow-up was 控制满意 — and asks the prescription-screening engine (a question, in
 * process) for everything about the drugs, including the 12-week limit and the excluded drugs. Nothing is stored
 * here but the delivered service (履约) when the screening passes; storing prescriptions is the review module's job.
 */
@Component
public class LongPrescriptions {

    /** ICD-10 codes written on the prescription for each managed disease. */
    static final Map<Disease, Diagnosis> DIAGNOSES = Map.of(
            Disease.HYPERTENSION, Diagnosis.of("I10", "原发性高血压"),
            Disease.DIABETES_T2, Diagnosis.of("E11", "2型糖尿病"),
            Disease.COPD, Diagnosis.of("J44", "慢性阻塞性肺疾病"),
            Disease.ASTHMA, Diagnosis.of("J45", "支气管哮喘"),
            Disease.CORONARY_HEART_DISEASE, Diagnosis.of("I25", "慢性缺血性心脏病"),
            Disease.STROKE, Diagnosis.of("I69", "脑血管病后遗症"),
            Disease.CHRONIC_KIDNEY_DISEASE, Diagnosis.of("N18", "慢性肾脏病"));

    private final ChronicCare care;
    private final People people;
    private final PrescriptionScreening screening;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    private final Clock clock;

    LongPrescriptions(
            ChronicCare care,
            People people,
            PrescriptionScreening screening,
            Organizations organizations,
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.care = care;
        this.people = people;
        this.screening = screening;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Verdict check(long patientId, List<PrescriptionLine> lines, CurrentUser user) {
        var patient = care.require(patientId, user);
        if (lines.isEmpty()) {
            throw PlatformException.invalidField("LINES_REQUIRED", "lines", "处方至少一行药品");
        }
        if (!VisitClass.CONTROLLED.name().equals(patient.lastClass())) {
            throw PlatformException.conflict("NOT_STABLE", "长期处方仅适用于病情稳定（最近一次随访控制满意）的患者");
        }
        var person = people.find(patient.residentId()).orElseThrow();
        var prescriber = prescriberFor(patient.residentId(), patient.unitId());
        var prescription = Prescription.builder(LocalDate.now(clock))
                .id("FD-LRX-" + patientId + "-" + System.currentTimeMillis())
                .institutionId(Long.toString(patient.unitId()))
                .prescriber(new Prescriber(
                        Long.toString(prescriber.id()),
                        prescriber.name(),
                        prescriber.prescribingRight(),
                        prescriber.narcoticRight(),
                        // no antimicrobial right on a long prescription: chronic medication only, an antibiotic
                        // line is flagged by the engine
                        null,
                        prescriber.title().contains("乡村医生")))
                .diagnoses(DIAGNOSES.get(patient.disease()))
                .ageAsWritten(person.ageOn(LocalDate.now(clock)) + "岁")
                .longTerm(true)
                // the stability assessment the 规范 asks for: the latest follow-up was 控制满意
                .longTermAssessed(true)
                .lines(lines)
                .build();
        var verdict = screening.screen(
                prescription, PatientContext.of(person.birthDate(), person.sex().equals("1") ? Sex.MALE : Sex.FEMALE));
        if (verdict.passes()) {
            jdbc.sql(
                            """
                            insert into familydoctor_service_delivery (contract_id, service, delivered_on, recorded_by)
                            select id, 'LONG_PRESCRIPTION', ?, ? from familydoctor_contract
                            where resident_id = ? and status = 'SIGNED' and start_date <= ? and end_date >= ?""")
                    .params(
                            LocalDate.now(clock),
                            user.username(),
                            patient.residentId(),
                            LocalDate.now(clock),
                            LocalDate.now(clock))
                    .update();
        }
        audit.record(AuditLog.Action.READ, "resident", List.of(patient.residentId()), "long prescription screening");
        return verdict;
    }

    /** The family doctor of the resident's team, or the first prescriber of the managing unit. */
    private StaffMember prescriberFor(long residentId, long unitId) {
        return jdbc.sql(
                        """
                        select t.leader_staff_id from familydoctor_contract c join familydoctor_team t on t.id = c.team_id
                        where c.resident_id = ? and c.status = 'SIGNED' order by c.start_date desc limit 1""")
                .param(residentId)
                .query(Long.class)
                .optional()
                .flatMap(organizations::staff)
                .or(() -> organizations.staffOf(unitId).stream()
                        .filter(StaffMember::prescribingRight)
                        .findFirst())
                .orElseThrow(() -> PlatformException.conflict("NO_PRESCRIBER", "本机构没有具备处方权的医生"));
    }
}
