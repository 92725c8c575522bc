package org.regionalhealth.populationscreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The screening mechanism on the shared platform context: demo round, referral clock, bad input, scope (issue 21). */
@PlatformIntegrationTest
class PopulationScreeningIntegrationTests {

    @Autowired
    ScreeningProgrammes programmes;

    @Autowired
    PopulationScreeningProperties properties;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private CurrentUser loginAs(String username) {
        return DemoLogin.as(accounts, users, username);
    }

    /** The next invited participant of the programme (each test moves the ones it takes on). */
    private Participant invited(Programme programme, CurrentUser user) {
        long id = jdbc.sql(
                        """
                        select id from populationscreening_participant
                         where programme = ? and state = 'INVITED' and unit_path like ? order by id limit 1""")
                .params(programme.name(), user.scope().likePattern())
                .query(Long.class)
                .single();
        return programmes.find(id, user).orElseThrow();
    }

    private static FirstStage fit(LocalDate on, boolean fit1, boolean fit2) {
        return new FirstStage(on, Set.of(), fit1, fit2);
    }

    @Test
    void theDemoRoundShowsFiguresByTown() {
        var admin = loginAs("admin");
        var years = programmes.years(Programme.COLORECTAL, admin);
        assertThat(years).isNotEmpty();
        var figures = programmes.figures(Programme.COLORECTAL, years.get(0), admin);
        assertThat(figures.total().invited()).isGreaterThan(100);
        assertThat(figures.total().screened()).isPositive();
        assertThat(figures.towns()).isNotEmpty().allSatisfy(t -> assertThat(t.townName())
                .isNotBlank());
        assertThat(figures.towns().stream()
                        .mapToLong(t -> t.figures().invited())
                        .sum())
                .isEqualTo(figures.total().invited());
        // every invited resident is 50–74 in the round's year (by birth year)
        int year = years.get(0);
        assertThat(jdbc.sql(
                                """
                                select count(*) from populationscreening_participant where programme = 'COLORECTAL'
                                   and (extract(year from birth_date) < ? or extract(year from birth_date) > ?)""")
                        .params(year - 74, year - 50)
                        .query(Long.class)
                        .single())
                .isZero();
        var autism = programmes.years(Programme.AUTISM, admin);
        assertThat(autism).isNotEmpty();
        assertThat(programmes
                        .figures(Programme.AUTISM, autism.get(0), admin)
                        .total()
                        .screened())
                .isPositive();
        // inviting the same round again invites nobody twice
        var on = jdbc.sql("select min(invited_on) from populationscreening_participant where programme = 'COLORECTAL'")
                .query(LocalDate.class)
                .single();
        assertThat(programmes.invite(Programme.COLORECTAL, on, admin)).isZero();
    }

    @Test
    void aPositiveFitWithoutColonoscopyIsOverdueOnlyAfterTheConfiguredDays() {
        var admin = loginAs("admin");
        var today = LocalDate.now(clock);
        int days = properties.colorectal().referralDays();
        var below = programmes.recordFirstStage(
                invited(Programme.COLORECTAL, admin).id(), fit(today.minusDays(days - 1), true, false), admin);
        var at = programmes.recordFirstStage(
                invited(Programme.COLORECTAL, admin).id(), fit(today.minusDays(days), false, true), admin);
        var above = programmes.recordFirstStage(
                invited(Programme.COLORECTAL, admin).id(), fit(today.minusDays(days + 1), true, true), admin);
        for (var p : new Participant[] {below, at, above}) {
            assertThat(p.state()).isEqualTo(ParticipantState.REFERRED);
            assertThat(p.reasons()).containsExactly("FIT");
            assertThat(p.dueOn()).isEqualTo(p.screenedOn().plusDays(days));
        }
        assertThat(below.overdue(today)).isFalse();
        assertThat(at.overdue(today)).isFalse();
        assertThat(above.overdue(today)).isTrue();
        assertThat(above.daysOverdue(today)).isEqualTo(1);

        // the lists agree with the participant: the query compares the due day with the clock's today
        var overdue = ids(Programme.COLORECTAL, WorklistView.OVERDUE, admin);
        var positive = ids(Programme.COLORECTAL, WorklistView.POSITIVE, admin);
        assertThat(overdue).contains(above.id()).doesNotContain(below.id(), at.id());
        assertThat(positive).contains(below.id(), at.id()).doesNotContain(above.id());

        // the colonoscopy takes it off the overdue list
        var done = programmes.recordFollowUp(
                above.id(), new FollowUp(today, FollowUpOutcome.CRC_POLYP, "肠镜：乙状结肠息肉已切除"), admin);
        assertThat(done.state()).isEqualTo(ParticipantState.COMPLETED);
        assertThat(done.overdue(today)).isFalse();
        assertThat(ids(Programme.COLORECTAL, WorklistView.OVERDUE, admin)).doesNotContain(above.id());
        assertThat(programmes.history(above.id(), admin))
                .extracting(Transition::to)
                .containsExactly(ParticipantState.INVITED, ParticipantState.REFERRED, ParticipantState.COMPLETED);
    }

    private java.util.List<Long> ids(Programme programme, WorklistView view, CurrentUser user) {
        return programmes.worklist(programme, view, user, 0, 200).items().stream()
                .map(Participant::id)
                .toList();
    }

    @Test
    void theQuestionnaireAloneMakesItPositiveAndANegativeIsDone() {
        var admin = loginAs("admin");
        var today = LocalDate.now(clock);
        var q = programmes.recordFirstStage(
                invited(Programme.COLORECTAL, admin).id(),
                new FirstStage(today, Set.of("CHRONIC_DIARRHOEA", "MUCUS_BLOODY_STOOL"), false, false),
                admin);
        assertThat(q.state()).isEqualTo(ParticipantState.REFERRED);
        assertThat(q.reasons()).containsExactly("QUESTIONNAIRE");
        var negative = programmes.recordFirstStage(
                invited(Programme.COLORECTAL, admin).id(),
                new FirstStage(today, Set.of("CHRONIC_DIARRHOEA"), false, false),
                admin);
        assertThat(negative.state()).isEqualTo(ParticipantState.NEGATIVE);
        assertThat(negative.dueOn()).isNull();
        // a finished first stage cannot be recorded again, nor a colonoscopy for a negative
        assertThatThrownBy(() -> programmes.recordFirstStage(negative.id(), fit(today, true, true), admin))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("POPULATIONSCREENING_STATE"));
        assertThatThrownBy(() -> programmes.recordFollowUp(
                        negative.id(), new FollowUp(today, FollowUpOutcome.CRC_NORMAL, null), admin))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("POPULATIONSCREENING_STATE"));
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        var admin = loginAs("admin");
        var today = LocalDate.now(clock);
        var p = invited(Programme.COLORECTAL, admin);
        long transitions = transitions(p.id());
        assertThatThrownBy(() -> programmes.recordFirstStage(
                        p.id(), new FirstStage(today.plusDays(1), Set.of("NOT_AN_ITEM"), null, null), admin))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("POPULATIONSCREENING_INVALID");
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.fieldErrors()).containsOnlyKeys("screenedOn", "findings", "fit1", "fit2");
                    assertThat(e.fieldErrors().get("screenedOn")).contains("今天");
                });
        assertThat(programmes.find(p.id(), admin).orElseThrow().state()).isEqualTo(ParticipantState.INVITED);
        assertThat(transitions(p.id())).isEqualTo(transitions);

        // a screening day before the invitation is refused too
        assertThatThrownBy(() ->
                        programmes.recordFirstStage(p.id(), fit(p.invitedOn().minusDays(1), false, false), admin))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("screenedOn"));

        // a follow-up outcome of another programme, a date before the referral and a long note: all at once
        var referred = programmes.recordFirstStage(p.id(), fit(today.minusDays(3), true, false), admin);
        assertThatThrownBy(() -> programmes.recordFollowUp(
                        referred.id(),
                        new FollowUp(today.minusDays(4), FollowUpOutcome.ASD_DIAGNOSED, "很".repeat(301)),
                        admin))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("on", "outcome", "note"));
        assertThat(programmes.find(p.id(), admin).orElseThrow().state()).isEqualTo(ParticipantState.REFERRED);
        // the resident refuses the colonoscopy: no longer on any list
        var refused = programmes.decline(p.id(), "不愿做肠镜", admin);
        assertThat(refused.state()).isEqualTo(ParticipantState.FOLLOW_UP_DECLINED);
        assertThat(refused.overdue(today.plusYears(1))).isFalse();
    }

    private long transitions(long participant) {
        return jdbc.sql("select count(*) from populationscreening_transition where participant_id = ?")
                .param(participant)
                .query(Long.class)
                .single();
    }

    @Test
    void autismWarningSignsOfTheChildsAgeAndTheThirtyDayClock() {
        var admin = loginAs("admin");
        var today = LocalDate.now(clock);
        var child = invited(Programme.AUTISM, admin);
        var point = org.regionalhealth.populationscreening.rules.AutismWarningSigns.point(child.roundKey())
                .orElseThrow();
        // the child was at this screening age on the invitation day
        assertThat(org.regionalhealth.populationscreening.rules.AutismWarningSigns.pointAt(
                        child.birthDate(), child.invitedOn()))
                .contains(point);
        String otherAge = point.code().equals("M18") ? "M24_1" : "M18_1";
        assertThatThrownBy(() -> programmes.recordFirstStage(
                        child.id(), new FirstStage(today, Set.of(otherAge), null, null), admin))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("findings"));
        var positive = programmes.recordFirstStage(
                child.id(), new FirstStage(today, Set.of(point.signs().get(2).code()), null, null), admin);
        assertThat(positive.state()).isEqualTo(ParticipantState.REFERRED);
        assertThat(positive.reasons()).containsExactly("WARNING_SIGN");
        assertThat(positive.dueOn())
                .isEqualTo(today.plusDays(properties.autism().referralDays()));
        var diagnosed = programmes.recordFollowUp(
                positive.id(), new FollowUp(today, FollowUpOutcome.ASD_RESCREEN_NEGATIVE, null), admin);
        assertThat(diagnosed.state()).isEqualTo(ParticipantState.COMPLETED);
        assertThat(programmes.ofResident(child.residentId(), admin))
                .extracting(Participant::id)
                .contains(child.id());

        var noSign = programmes.recordFirstStage(
                invited(Programme.AUTISM, admin).id(), new FirstStage(today, Set.of(), null, null), admin);
        assertThat(noSign.state()).isEqualTo(ParticipantState.NEGATIVE);
    }

    @Test
    void aFamilyDoctorSeesOnlyTheResidentsOfTheirScope() {
        var doctor = loginAs("village-doctor");
        var outside = jdbc.sql(
                        "select id from populationscreening_participant where unit_path not like ? order by id limit 1")
                .param(doctor.scope().likePattern())
                .query(Long.class)
                .single();
        assertThat(programmes.find(outside, doctor)).isEmpty();
        assertThatThrownBy(() -> programmes.decline(outside, null, doctor))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> assertThat(e.status().value()).isEqualTo(404));
        for (var view : WorklistView.values()) {
            assertThat(programmes.worklist(null, view, doctor, 0, 200).items()).allSatisfy(p -> assertThat(p.unitPath())
                    .startsWith(doctor.scope().unitPath()));
        }
        var district = programmes.worklistCounts(null, loginAs("admin"));
        var own = programmes.worklistCounts(null, doctor);
        assertThat(own.get(WorklistView.DUE)).isLessThanOrEqualTo(district.get(WorklistView.DUE));
    }

    @Test
    void pagesAndTheTownExcelAnswer() {
        var cdc = ApiClient.as(port, "cdc");
        var page = cdc.get("/populationscreening");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("结直肠癌筛查").contains("分镇街统计").contains("待核实");
        assertThat(cdc.get("/populationscreening?programme=AUTISM").body()).contains("孤独症");
        int year = LocalDate.now(clock).minusDays(200).getYear();
        var excel = cdc.get("/populationscreening/towns.xlsx?programme=COLORECTAL&year=" + year);
        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.contentType()).contains("spreadsheetml");
        assertThat(cdc.get("/populationscreening/worklist?view=OVERDUE").status())
                .isEqualTo(200);
        var doctor = ApiClient.as(port, "village-doctor");
        assertThat(doctor.get("/populationscreening/worklist?view=DUE").status())
                .isEqualTo(200);
        // a pharmacist has no screening pages
        assertThat(ApiClient.as(port, "pharmacist").get("/populationscreening").status())
                .isEqualTo(403);
    }
}
