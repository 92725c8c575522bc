package org.regionalhealth.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.appointments.AppointmentFixtures;
import org.regionalhealth.appointments.AppointmentStatus;
import org.regionalhealth.appointments.SessionPeriod;
import org.regionalhealth.appointments.booking.History;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.consultation.followup.Consultations;
import org.regionalhealth.drugs.ControlledCategory;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.reviewcenter.workbench.ReviewWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** 《互联网诊疗监管细则（试行）》: no first visit online, no special-management drug online, screened → pharmacist review. */
@PlatformIntegrationTest
@RecordApplicationEvents
class ConsultationIntegrationTests {

    @Autowired
    Consultations consultations;

    @Autowired
    Schedules schedules;

    @Autowired
    History history;

    @Autowired
    Organizations organizations;

    @Autowired
    DrugKnowledge knowledge;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ReviewWorkflow workflow;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private AppointmentFixtures fixtures() {
        return new AppointmentFixtures(schedules, organizations, jdbc, accounts, users);
    }

    /** A resident diagnosed with hypertension at the doctor's hospital last month, and the doctor. */
    private record Setup(long residentId, long visitId, CurrentUser resident, CurrentUser doctor) {}

    private Setup diagnosedAtTheDoctorsHospital(int offset) {
        var fixtures = fixtures();
        CurrentUser doctor = fixtures.loginAs("doctor");
        var hospital = organizations.find(doctor.unitId()).orElseThrow();
        long residentId = fixtures.residents(1, offset).get(0);
        long session = fixtures.session(hospital, "03.04", LocalDate.now().minusDays(30), SessionPeriod.MORNING, 5);
        history.write(
                session,
                List.of(new History.Entry(
                        session,
                        1,
                        residentId,
                        AppointmentStatus.ATTENDED,
                        Instant.now(),
                        Instant.now(),
                        1,
                        "I10",
                        "原发性高血压")));
        long visit = jdbc.sql("select id from appointments_appointment where session_id = ?")
                .param(session)
                .query(Long.class)
                .single();
        return new Setup(residentId, visit, fixtures.asResident(residentId), doctor);
    }

    @Test
    void aFirstVisitIsRefusedAndNothingIsStored() {
        var fixtures = fixtures();
        fixtures.loginAs("doctor");
        long residentId = fixtures.residents(1, 2800).get(0);
        long before = jdbc.sql("select count(*) from consultation_consultation")
                .query(Long.class)
                .single();
        assertThatThrownBy(() ->
                        consultations.open(residentId, 999_999_999L, "头痛三天", false, fixtures.asResident(residentId)))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "CONSULTATION_FIRST_VISIT")
                .hasMessageContaining("不能在线首诊");
        assertThat(jdbc.sql("select count(*) from consultation_consultation")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aChronicConditionUnderTheFamilyDoctorsCareIsABasisUntilManagementEnds() {
        var fixtures = fixtures();
        fixtures.loginAs("admin");
        var managed = jdbc.sql(
                        """
                        select resident_id, unit_id from familydoctor_chronic_patient
                        where status = 'ACTIVE' and disease = 'HYPERTENSION' order by resident_id desc limit 1""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long residentId = managed[0];
        var unit = organizations.find(managed[1]).orElseThrow();
        var stationDoctor = new CurrentUser(
                "test-family-doctor",
                "家庭医生",
                Role.STATION_DOCTOR,
                unit.id(),
                new DataScope(unit.id(), unit.path(), Optional.empty()),
                CurrentUser.Channel.PAGE);
        var resident = fixtures.asResident(residentId);
        // the condition comes from familydoctor with its registration and last follow-up
        var chronic = consultations.eligibleChronic(residentId);
        assertThat(chronic)
                .anyMatch(c -> c.disease().equals("HYPERTENSION") && c.icd10().equals("I10"));
        // a condition the family doctor does not manage is a first visit online
        assertThatThrownBy(() -> consultations.openOnChronic(residentId, "ASTHMA_NOT_MANAGED", "咳嗽", true, resident))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "CONSULTATION_FIRST_VISIT");
        var c = consultations.openOnChronic(residentId, "HYPERTENSION", "血压平稳，降压药快吃完了", true, resident);
        assertThat(c.unitId()).isEqualTo(unit.id());
        assertThat(c.diagnosisIcd10()).isEqualTo("I10");
        assertThat(c.basisDisease()).isEqualTo("HYPERTENSION");
        consultations.accept(c.id(), stationDoctor);
        try {
            jdbc.sql(
                            "update familydoctor_chronic_patient set status = 'CLOSED' where resident_id = ? and disease = 'HYPERTENSION'")
                    .param(residentId)
                    .update();
            assertThatThrownBy(() -> consultations.prescribe(
                            c.id(), List.of(new Consultations.Line("氨氯地平", 5, "mg", "qd", 30)), stationDoctor))
                    .isInstanceOf(PlatformException.class)
                    .hasFieldOrPropertyWithValue("code", "CONSULTATION_CHRONIC_ENDED");
            assertThat(jdbc.sql("select count(*) from consultation_prescription where consultation_id = ?")
                            .param(c.id())
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            jdbc.sql(
                            "update familydoctor_chronic_patient set status = 'ACTIVE' where resident_id = ? and disease = 'HYPERTENSION'")
                    .param(residentId)
                    .update();
        }
        var issued = consultations.prescribe(
                c.id(), List.of(new Consultations.Line("氨氯地平", 5, "mg", "qd", 30)), stationDoctor);
        assertThat(issued.status()).isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void theDemoShowsFollowUpsOnFirstStart() {
        var fixtures = fixtures();
        var doctor = fixtures.loginAs("doctor");
        long resident = fixtures.loginAs("resident").scope().residentId().orElseThrow();
        assertThat(jdbc.sql(
                                "select count(*) from consultation_consultation where resident_id = ? and status = 'CLOSED'")
                        .param(resident)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                """
                                select count(*) from consultation_consultation c where unit_id = ? and status = 'WAITING'
                                and exists (select 1 from consultation_message m
                                            where m.consultation_id = c.id and m.author like 'demo-resident-%')""")
                        .param(doctor.unitId())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from consultation_consultation where unit_id = ? and status = 'IN_PROGRESS' and doctor_username = 'doctor'")
                        .param(doctor.unitId())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aForbiddenDrugIsRefusedAndAScreenedPrescriptionGoesToReview() {
        var s = diagnosedAtTheDoctorsHospital(2810);
        assertThat(consultations.eligibleVisits(s.residentId())).anyMatch(v -> v.appointmentId() == s.visitId());
        var c = consultations.open(s.residentId(), s.visitId(), "血压控制平稳，申请续方", false, s.resident());
        assertThat(c.status()).isEqualTo(ConsultationStatus.WAITING);
        consultations.accept(c.id(), s.doctor());
        consultations.post(c.id(), "最近血压130/80左右", null, s.resident());
        String narcotic = knowledge.snapshot().generics().stream()
                .filter(g -> g.controlled() == ControlledCategory.NARCOTIC)
                .findFirst()
                .orElseThrow()
                .nameZh();
        assertThatThrownBy(() -> consultations.prescribe(
                        c.id(), List.of(new Consultations.Line(narcotic, 10, "mg", "bid", 3)), s.doctor()))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "CONSULTATION_DRUG_FORBIDDEN")
                .hasMessageContaining("特殊管理药品");
        assertThat(jdbc.sql("select count(*) from consultation_prescription where consultation_id = ?")
                        .param(c.id())
                        .query(Long.class)
                        .single())
                .isZero();
        var issued =
                consultations.prescribe(c.id(), List.of(new Consultations.Line("氨氯地平", 5, "mg", "qd", 30)), s.doctor());
        assertThat(issued.status()).isEqualTo("AWAITING_REVIEW");
        assertThat(events.stream(OnlinePrescriptionScreened.class))
                .anyMatch(e -> e.prescriptionId() == issued.prescriptionId() && e.consultationId() == c.id());
        assertThat(jdbc.sql("select status from consultation_prescription where id = ?")
                        .param(issued.prescriptionId())
                        .query(String.class)
                        .single())
                .isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void noServiceAccountOrAiWritesAPrescription() {
        var s = diagnosedAtTheDoctorsHospital(2820);
        var c = consultations.open(s.residentId(), s.visitId(), "复诊续药", false, s.resident());
        consultations.accept(c.id(), s.doctor());
        CurrentUser his = fixtures().loginAs("his");
        assertThatThrownBy(() -> consultations.prescribe(
                        c.id(), List.of(new Consultations.Line("氨氯地平", 5, "mg", "qd", 30)), his))
                .hasFieldOrPropertyWithValue("code", "CONSULTATION_DOCTOR_ONLY")
                .hasMessageContaining("人工智能");
    }

    /** Polls (the review center listens after commit, asynchronously) until the query answers, at most 20 s. */
    private <T> T eventually(java.util.function.Supplier<java.util.Optional<T>> query) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var answer = query.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no answer within 20 s");
    }

    private long reviewTaskOf(long onlinePrescriptionId) throws InterruptedException {
        return eventually(() -> jdbc.sql(
                        """
                        select t.id from prescriptionreview_review_task t
                          join prescriptionreview_online o on o.prescription_id = t.prescription_id
                         where o.online_prescription_id = ? and t.decided_at is null""")
                .param(onlinePrescriptionId)
                .query(Long.class)
                .optional());
    }

    private String statusOf(long onlinePrescriptionId, String expected) throws InterruptedException {
        return eventually(() -> jdbc.sql(
                        "select status || '|' || coalesce(review_note, '') from consultation_prescription where id = ?")
                .param(onlinePrescriptionId)
                .query(String.class)
                .optional()
                .filter(s -> s.startsWith(expected + "|")));
    }

    @Test
    void theReviewCenterQueuesAnOnlinePrescriptionAndItsDecisionComesBack() throws InterruptedException {
        var s = diagnosedAtTheDoctorsHospital(2830);
        var c = consultations.open(s.residentId(), s.visitId(), "血压平稳，申请续方", false, s.resident());
        consultations.accept(c.id(), s.doctor());
        // passes screening: an online prescription still goes to a pharmacist
        var approved =
                consultations.prescribe(c.id(), List.of(new Consultations.Line("氨氯地平", 5, "mg", "qd", 7)), s.doctor());
        var returned =
                consultations.prescribe(c.id(), List.of(new Consultations.Line("氨氯地平", 5, "mg", "qd", 30)), s.doctor());
        long approveTask = reviewTaskOf(approved.prescriptionId());
        long returnTask = reviewTaskOf(returned.prescriptionId());
        assertThat(jdbc.sql(
                                """
                                select p.review_state from prescriptionreview_prescription p
                                  join prescriptionreview_online o on o.prescription_id = p.id
                                 where o.online_prescription_id = ?""")
                        .param(approved.prescriptionId())
                        .query(String.class)
                        .single())
                .isEqualTo("QUEUED");

        CurrentUser pharmacist = fixtures().loginAs("pharmacist");
        workflow.claim(approveTask, pharmacist);
        workflow.approve(approveTask, "按时服药，定期测血压", pharmacist);
        workflow.claim(returnTask, pharmacist);
        workflow.returnToDoctor(returnTask, List.of("SUPPLY"), "慢病长期处方请注明理由", pharmacist);
        SecurityContextHolder.clearContext();

        assertThat(statusOf(approved.prescriptionId(), "APPROVED")).isEqualTo("APPROVED|按时服药，定期测血压");
        assertThat(statusOf(returned.prescriptionId(), "RETURNED"))
                .startsWith("RETURNED|")
                .contains("慢病长期处方请注明理由");
    }
}
