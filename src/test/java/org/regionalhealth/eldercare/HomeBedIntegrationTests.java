package org.regionalhealth.eldercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Family sickbeds (家庭病床) on the shared platform context: admission, visit plan, worklist, discharge (issue 21). */
@PlatformIntegrationTest
class HomeBedIntegrationTests {

    @Autowired
    HomeBeds beds;

    @Autowired
    ResidentIndex residents;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CurrentUser doctor;

    @BeforeEach
    void logIn() {
        doctor = loginAs("village-doctor");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    CurrentUser loginAs(String username) {
        return DemoLogin.as(accounts, users, username);
    }

    /** An older resident of the village doctor without an open bed. */
    long residentWithoutBed() {
        return residents.bornOnOrBefore(LocalDate.now(clock).minusYears(70), doctor, 1000).stream()
                .map(ResidentIndex.Aged::id)
                .filter(id -> beds.ofResident(id, doctor).stream().noneMatch(HomeBed::open))
                .findFirst()
                .orElseThrow();
    }

    NewHomeBed admission(long resident, Long doctorId, Integer interval) {
        var rule = beds.rule();
        return new NewHomeBed(
                resident, rule.indications().get(0), "脑梗死恢复期", doctorId, "李红（女儿）", Set.of(0, 1, 2, 3), null, interval);
    }

    long bedsOf(long resident) {
        return jdbc.sql("select count(*) from eldercare_home_bed where resident_id = ?")
                .param(resident)
                .query(Long.class)
                .single();
    }

    @Test
    void theCriteriaAreDataWithTheirSource() {
        var rule = beds.rule();
        assertThat(rule.version()).isEqualTo(1);
        assertThat(rule.indications()).hasSize(6);
        assertThat(rule.requirements()).hasSize(4);
        assertThat(rule.maxPeriodDays()).isEqualTo(90);
        assertThat(rule.doctorVisitIntervalDays()).isEqualTo(7);
        assertThat(rule.source()).contains("国卫办医发〔2020〕24号");
        assertThat(rule.confirmed()).isFalse();
    }

    @Test
    void anAdmissionWithoutAResponsibleDoctorIsRefusedOnTheFieldAndNothingIsStored() {
        long resident = residentWithoutBed();
        long before = bedsOf(resident);
        assertThatThrownBy(() -> beds.admit(admission(resident, null, null), doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("ELDERCARE_HOME_BED_INVALID");
                    assertThat(e.fieldErrors()).containsOnlyKeys("doctor");
                    assertThat(e.fieldErrors().get("doctor")).contains("请选择责任医生");
                });
        assertThat(bedsOf(resident)).isEqualTo(before);
    }

    @Test
    void everyBadFieldAtOnceAndADoctorOutsideTheResidentsUnitsIsRefused() {
        long resident = residentWithoutBed();
        long before = bedsOf(resident);
        var empty = new NewHomeBed(resident, "不在条件内", " ", 999_999_999L, "", Set.of(1), null, 8);
        assertThatThrownBy(() -> beds.admit(empty, doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(
                                "indication", "diagnosis", "doctor", "caregiver", "requirements", "visitIntervalDays"));
        assertThat(bedsOf(resident)).isEqualTo(before);
    }

    @Test
    void admissionSetsTheVisitPlanADoctorsVisitMovesItAndDischargeClosesTheBed() {
        long resident = residentWithoutBed();
        var doctors = beds.doctorsFor(resident, doctor);
        assertThat(doctors).isNotEmpty();
        var today = LocalDate.now(clock);
        // the longest interval of the rule is allowed, one day more is not
        assertThatThrownBy(() -> beds.admit(admission(resident, doctors.get(0).id(), 8), doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("visitIntervalDays"));
        var bed = beds.admit(admission(resident, doctors.get(0).id(), 7), doctor);
        assertThat(bed.open()).isTrue();
        assertThat(bed.ruleVersion()).isEqualTo(1);
        assertThat(bed.doctorName()).isEqualTo(doctors.get(0).name());
        assertThat(bed.nextVisitDue()).isEqualTo(today.plusDays(7));
        assertThat(bed.plannedUntil()).isEqualTo(today.plusDays(90));
        assertThatThrownBy(() -> beds.admit(admission(resident, doctors.get(0).id(), 7), doctor))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("ELDERCARE_HOME_BED_OPEN"));

        // a nurse's visit leaves the plan, a doctor's visit moves it
        beds.recordVisit(bed.id(), VisitKind.NURSE, "护士甲", "换药，伤口干燥", today, doctor);
        assertThat(beds.find(bed.id(), doctor).orElseThrow().nextVisitDue()).isEqualTo(today.plusDays(7));
        assertThatThrownBy(() -> beds.recordVisit(bed.id(), VisitKind.DOCTOR, "", "", today.plusDays(1), doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("visitor", "findings", "visitedOn"));
        beds.recordVisit(bed.id(), VisitKind.DOCTOR, "王医生", "血压 132/80，神志清，继续原治疗", today, doctor);
        var visited = beds.find(bed.id(), doctor).orElseThrow();
        assertThat(visited.lastVisitOn()).isEqualTo(today);
        assertThat(visited.nextVisitDue()).isEqualTo(today.plusDays(7));
        assertThat(beds.visits(bed.id(), doctor)).hasSize(2);
        assertThat(beds.worklist(false, doctor, 0, 200).total()).isPositive();

        assertThatThrownBy(() -> beds.discharge(bed.id(), null, null, doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("reason"));
        var closed = beds.discharge(bed.id(), DischargeReason.IMPROVED, "病情稳定", doctor);
        assertThat(closed.state()).isEqualTo(HomeBedState.DISCHARGED);
        assertThat(closed.dischargedOn()).isEqualTo(today);
        assertThatThrownBy(() -> beds.recordVisit(bed.id(), VisitKind.DOCTOR, "王医生", "x", today, doctor))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("ELDERCARE_HOME_BED_CLOSED"));
    }

    @Test
    void anOverdueVisitLeadsTheDueWorklist() {
        long resident = residentWithoutBed();
        var doctors = beds.doctorsFor(resident, doctor);
        var today = LocalDate.now(clock);
        // a late entry: admitted ten days ago with a 7-day plan and no visit since → 3 days overdue
        var late = new NewHomeBed(
                resident,
                beds.rule().indications().get(1),
                "肺癌晚期",
                doctors.get(0).id(),
                "张明（儿子）",
                Set.of(0, 1, 2, 3),
                today.minusDays(10),
                7);
        var bed = beds.admit(late, doctor);
        assertThat(bed.overdue(today)).isTrue();
        assertThat(bed.daysOverdue(today)).isEqualTo(3);
        var due = beds.worklist(true, doctor, 0, 200).items();
        assertThat(due).extracting(HomeBed::id).contains(bed.id());
        assertThat(due.get(0).nextVisitDue()).isBeforeOrEqualTo(bed.nextVisitDue());
        assertThat(beds.figures(doctor).overdue()).isPositive();
        beds.discharge(bed.id(), DischargeReason.HOSPITALISED, null, doctor);
    }

    @Test
    void staffOfAnotherUnitDoNotSeeTheBed() {
        long resident = residentWithoutBed();
        var doctors = beds.doctorsFor(resident, doctor);
        var bed = beds.admit(admission(resident, doctors.get(0).id(), 7), doctor);
        var hospital = loginAs("doctor");
        assertThat(beds.find(bed.id(), hospital)).isEmpty();
        assertThatThrownBy(() -> beds.discharge(bed.id(), DischargeReason.IMPROVED, null, hospital))
                .isInstanceOf(PlatformException.class);
        doctor = loginAs("village-doctor");
        beds.discharge(bed.id(), DischargeReason.IMPROVED, null, doctor);
    }
}
