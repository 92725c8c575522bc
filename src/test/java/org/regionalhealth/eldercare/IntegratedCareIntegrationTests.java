package org.regionalhealth.eldercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.HealthRecordSection;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 医养结合 care plans with service logs and home rehabilitation episodes on the shared context (issue 21). */
@PlatformIntegrationTest
class IntegratedCareIntegrationTests {

    @Autowired
    IntegratedCare care;

    @Autowired
    ResidentIndex residents;

    @Autowired
    Organizations organizations;

    @Autowired
    List<HealthRecordSection> sections;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    Clock clock;

    CurrentUser doctor;

    @BeforeEach
    void logIn() {
        DemoLogin.authenticate(accounts, "village-doctor");
        doctor = users.require();
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    long residentWithout(java.util.function.LongPredicate has) {
        return residents.bornOnOrBefore(LocalDate.now(clock).minusYears(60), doctor, 2000).stream()
                .map(ResidentIndex.Aged::id)
                .filter(id -> !has.test(id))
                .findFirst()
                .orElseThrow();
    }

    long nursingHome() {
        var root = organizations.root();
        return organizations
                .search(
                        new UnitQuery(UnitType.NURSING_HOME, null, null, null),
                        new DataScope(root.id(), root.path(), Optional.empty()),
                        0,
                        1)
                .items()
                .get(0)
                .id();
    }

    @Test
    void aCarePlanMovesAcrossSettingsWithServiceLogsByCaregivers() {
        long resident = residentWithout(id -> care.plansOf(id, doctor).stream().anyMatch(CarePlan::active));
        assertThatThrownBy(() -> care.createPlan(resident, CareSetting.NURSING_HOME, null, "", List.of(), null, doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("place", "goals", "services"));
        assertThat(care.plansOf(resident, doctor)).noneMatch(CarePlan::active);

        var services = care.catalogue().subList(0, 2);
        var plan = care.createPlan(resident, CareSetting.HOME, null, "维持居家生活能力，预防跌倒", services, null, doctor);
        assertThat(plan.place()).isEqualTo("居家");
        assertThat(plan.reviewOn()).isEqualTo(plan.startsOn().plusMonths(6));
        assertThatThrownBy(() -> care.createPlan(resident, CareSetting.HOME, null, "x", services, null, doctor))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("ELDERCARE_CARE_PLAN_ACTIVE"));

        assertThatThrownBy(() -> care.log(plan.id(), "", care.catalogue().get(5), 0, null, null, doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("caregiver", "service", "minutes"));
        care.log(plan.id(), "护理员 陈丽", services.get(0), 45, "血压 128/76", null, doctor);

        var moved = care.move(plan.id(), CareSetting.NURSING_HOME, nursingHome(), doctor);
        assertThat(moved.setting()).isEqualTo(CareSetting.NURSING_HOME);
        assertThat(moved.place()).isNotEqualTo("居家");
        care.log(plan.id(), "护理员 王强", services.get(1), 30, null, null, doctor);
        var logs = care.logs(plan.id(), doctor);
        assertThat(logs)
                .extracting(ServiceLog::setting)
                .containsExactlyInAnyOrder(CareSetting.HOME, CareSetting.NURSING_HOME);
        assertThat(care.figures(doctor).logs30()).isGreaterThanOrEqualTo(2);

        // the resident's health record shows the plan
        var parts = sections.stream()
                .map(s -> s.part(resident, doctor))
                .flatMap(Optional::stream)
                .toList();
        assertThat(parts).anySatisfy(p -> {
            // the test locale is the JVM's: either bundle's words
            assertThat(p.title()).isIn("老年照护服务", "Elderly care services");
            assertThat(p.items()).anySatisfy(i -> assertThat(i.title()).containsAnyOf("医养结合", "Integrated care"));
        });

        var closed = care.closePlan(plan.id(), doctor);
        assertThat(closed.active()).isFalse();
        assertThatThrownBy(() -> care.log(plan.id(), "x", services.get(0), 10, null, null, doctor))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("ELDERCARE_CARE_PLAN_CLOSED"));
    }

    @Test
    void aHomeRehabilitationEpisodeStartsWithGoalsCountsSessionsAndEnds() {
        long resident =
                residentWithout(id -> care.episodesOf(id, doctor).stream().anyMatch(RehabEpisode::active));
        assertThatThrownBy(() -> care.startRehab(resident, "", " ", null, 0, null, doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("condition", "goals", "therapist", "plannedSessions"));
        var episode = care.startRehab(resident, "脑卒中后偏瘫", "6周内独立行走10米", "康复治疗师 赵敏", 12, null, doctor);
        assertThat(episode.active()).isTrue();
        care.session(episode.id(), "康复治疗师 赵敏", "坐站转移训练", 40, null, doctor);
        care.session(episode.id(), "康复治疗师 赵敏", "步行训练", 45, null, doctor);
        assertThatThrownBy(() -> care.session(
                        episode.id(), "x", "", 500, LocalDate.now(clock).plusDays(1), doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("content", "minutes", "sessionOn"));
        assertThat(care.episode(episode.id(), doctor).orElseThrow().sessions()).isEqualTo(2);
        assertThatThrownBy(() -> care.endRehab(episode.id(), null, null, doctor))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("outcome"));
        var ended = care.endRehab(episode.id(), RehabOutcome.PARTLY_MET, "可扶拐行走5米", doctor);
        assertThat(ended.active()).isFalse();
        assertThat(ended.outcome()).isEqualTo(RehabOutcome.PARTLY_MET);
        assertThat(care.episodes(false, doctor, 0, 200).items())
                .extracting(RehabEpisode::id)
                .contains(episode.id());
    }
}
