package org.regionalhealth.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.regionalhealth.platform.PlatformException;
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
}
