package org.regionalhealth.populationscreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Students' spine screening sent by schools and the COPD risk screen on the same mechanism (issue 21): the school's
 * health teacher records by ID number or imports a file (all or nothing), the positive runs on the clock, the figures
 * by town add up.
 */
@PlatformIntegrationTest
class SpineAndCopdScreeningIntegrationTests {

    @Autowired
    ScreeningProgrammes programmes;

    @Autowired
    PopulationScreeningProperties properties;

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

    @LocalServerPort
    int port;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private CurrentUser loginAs(String username) {
        return DemoLogin.as(accounts, users, username);
    }

    /** The next invited participants of the programme with their ID numbers (each test moves the ones it takes). */
    private List<Invited> invited(Programme programme, int count) {
        var admin = loginAs("admin");
        var ids = jdbc.sql(
                        """
                        select id, resident_id from populationscreening_participant
                         where programme = ? and state = 'INVITED' order by id desc limit ?""")
                .params(programme.name(), count)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        return ids.stream()
                .map(pair -> new Invited(
                        programmes.find(pair[0], admin).orElseThrow(),
                        residents.find(pair[1], admin, "test").orElseThrow().idNumber()))
                .toList();
    }

    private record Invited(Participant p, String idNumber) {}

    private static Map<String, BigDecimal> atr(String thoracic, String thoracolumbar, String lumbar) {
        return Map.of(
                "ATR_THORACIC", new BigDecimal(thoracic),
                "ATR_THORACOLUMBAR", new BigDecimal(thoracolumbar),
                "ATR_LUMBAR", new BigDecimal(lumbar));
    }

    private String state(long id) {
        return jdbc.sql("select state from populationscreening_participant where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void aSchoolRecordsByIdNumberAndAPositiveGoesToTheFamilyDoctorWithTheClock() {
        var two = invited(Programme.SPINE, 2);
        var nurse = loginAs("school-nurse");
        var today = LocalDate.now(clock);
        // 5° in one segment: positive (at the threshold), grade Ⅰ
        var positive = programmes.recordSchoolResult(
                new SchoolResult(
                        1,
                        two.get(0).idNumber().toLowerCase(),
                        new FirstStage(today, Set.of("SHOULDERS_UNEVEN"), null, null, atr("5", "2", "0"))),
                nurse);
        assertThat(positive.state()).isEqualTo(ParticipantState.REFERRED);
        assertThat(positive.reasons()).containsExactly("ATR");
        assertThat(positive.dueOn()).isEqualTo(today.plusDays(properties.spine().referralDays()));
        assertThat(positive.sourceUnitId()).isEqualTo(nurse.unitId());
        assertThat(positive.measures()).containsEntry("ATR_THORACIC", new BigDecimal("5"));
        // 4.5° everywhere: negative
        var negative = programmes.recordSchoolResult(
                new SchoolResult(
                        1,
                        two.get(1).idNumber(),
                        new FirstStage(today, Set.of(), null, null, atr("4.5", "4.5", "4.5"))),
                nurse);
        assertThat(negative.state()).isEqualTo(ParticipantState.NEGATIVE);
        // the school sees its results, and only them
        var list = programmes.schoolResults(nurse, 0, 50);
        assertThat(list.items()).extracting(Participant::id).contains(positive.id(), negative.id());
        assertThat(programmes.find(positive.id(), nurse)).isPresent();
        var other = invited(Programme.SPINE, 1).get(0);
        assertThat(programmes.find(other.p().id(), loginAs("school-nurse"))).isEmpty();
        // the same pupil again: refused on the ID number
        assertThatThrownBy(() -> programmes.recordSchoolResult(
                        new SchoolResult(
                                1,
                                two.get(1).idNumber(),
                                new FirstStage(today, Set.of(), null, null, atr("6", "0", "0"))),
                        loginAs("school-nurse")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("idNumber"));
        assertThat(state(negative.id())).isEqualTo("NEGATIVE");
        // the family doctor (admin here: the district) records the X-ray
        var admin = loginAs("admin");
        var done = programmes.recordFollowUp(
                positive.id(), new FollowUp(today, FollowUpOutcome.SPINE_SCOLIOSIS, "Cobb角12°"), admin);
        assertThat(done.state()).isEqualTo(ParticipantState.COMPLETED);
        assertThatThrownBy(() -> programmes.recordFollowUp(
                        positive.id(), new FollowUp(today, FollowUpOutcome.SPINE_NORMAL, null), admin))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> assertThat(e.status().value()).isEqualTo(409));
    }

    @Test
    void anUnknownPupilAndMissingAnglesAreNamedAllAtOnceAndNothingIsStored() {
        var nurse = loginAs("school-nurse");
        var today = LocalDate.now(clock);
        assertThatThrownBy(() -> programmes.recordSchoolResult(
                        new SchoolResult(
                                1,
                                "110101199003076379",
                                new FirstStage(
                                        null,
                                        Set.of("NOT_A_SIGN"),
                                        null,
                                        null,
                                        Map.of("ATR_LUMBAR", new BigDecimal("31")))),
                        nurse))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys(
                                "idNumber",
                                "screenedOn",
                                "findings",
                                "ATR_THORACIC",
                                "ATR_THORACOLUMBAR",
                                "ATR_LUMBAR"));
        var pupil = invited(Programme.SPINE, 1).get(0);
        assertThatThrownBy(() -> programmes.recordSchoolResult(
                        new SchoolResult(
                                1,
                                pupil.idNumber(),
                                new FirstStage(today.plusDays(1), Set.of(), null, null, atr("1", "1", "-1"))),
                        loginAs("school-nurse")))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("screenedOn", "ATR_LUMBAR"));
        assertThat(state(pupil.p().id())).isEqualTo("INVITED");
        // a pharmacist is not a school
        assertThatThrownBy(() -> programmes.recordSchoolResult(
                        new SchoolResult(
                                1, pupil.idNumber(), new FirstStage(today, Set.of(), null, null, atr("1", "1", "1"))),
                        loginAs("pharmacist")))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void aSchoolsFileIsStoredWholeOrNotAtAll() {
        var three = invited(Programme.SPINE, 3);
        var today = LocalDate.now(clock);
        var good1 = new SchoolResult(
                2, three.get(0).idNumber(), new FirstStage(today, Set.of(), null, null, atr("2", "1", "0")));
        var good2 = new SchoolResult(
                3, three.get(1).idNumber(), new FirstStage(today, Set.of(), null, null, atr("8", "1", "0")));
        var bad = new SchoolResult(
                4, "110101199003076379", new FirstStage(today, Set.of(), null, null, atr("1", "1", "1")));
        var dup = new SchoolResult(
                5, three.get(0).idNumber(), new FirstStage(today, Set.of(), null, null, atr("1", "1", "1")));
        assertThatThrownBy(
                        () -> programmes.importSchoolResults(List.of(good1, good2, bad, dup), loginAs("school-nurse")))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("file");
                    assertThat(e.fieldErrors().get("file"))
                            .contains("第4行")
                            .contains("第5行")
                            .doesNotContain("第2行");
                });
        assertThat(state(three.get(0).p().id())).isEqualTo("INVITED");
        assertThat(state(three.get(1).p().id())).isEqualTo("INVITED");
        assertThat(programmes.importSchoolResults(List.of(good1, good2), loginAs("school-nurse")))
                .isEqualTo(2);
        assertThat(state(three.get(0).p().id())).isEqualTo("NEGATIVE");
        assertThat(state(three.get(1).p().id())).isEqualTo("REFERRED");
    }

    @Test
    void theCopdQuestionnaireIsScoredAndAHighRiskGoesToSpirometry() {
        var two = invited(Programme.COPD, 2);
        var admin = loginAs("admin");
        var today = LocalDate.now(clock);
        var high = programmes.recordFirstStage(
                two.get(0).p().id(),
                new FirstStage(
                        today,
                        Set.of("COUGH", "BREATHLESS_NORMAL", "FAMILY_HISTORY"),
                        null,
                        null,
                        Map.of("PACK_YEARS", new BigDecimal("30"), "BMI", new BigDecimal("17.5"))),
                admin);
        // age ≥ 35 (≥ 0) + 2 + 7 + 5 + 3 + 3 ≥ 20
        assertThat(high.score()).isGreaterThanOrEqualTo(20);
        assertThat(high.state()).isEqualTo(ParticipantState.REFERRED);
        assertThat(high.reasons()).containsExactly("COPD_SQ");
        assertThat(high.dueOn()).isEqualTo(today.plusDays(properties.copd().referralDays()));
        // bad input: two breathlessness answers, no BMI, negative pack-years → three fields, nothing stored
        assertThatThrownBy(() -> programmes.recordFirstStage(
                        two.get(1).p().id(),
                        new FirstStage(
                                today,
                                Set.of("BREATHLESS_FAST", "BREATHLESS_NORMAL"),
                                null,
                                null,
                                Map.of("PACK_YEARS", new BigDecimal("-1"))),
                        admin))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("findings", "PACK_YEARS", "BMI"));
        assertThat(state(two.get(1).p().id())).isEqualTo("INVITED");
        var low = programmes.recordFirstStage(
                two.get(1).p().id(),
                new FirstStage(
                        today,
                        Set.of(),
                        null,
                        null,
                        Map.of("PACK_YEARS", BigDecimal.ZERO, "BMI", new BigDecimal("29"))),
                admin);
        assertThat(low.state()).isEqualTo(ParticipantState.NEGATIVE);
        assertThat(low.score()).isLessThan(16);
    }

    @Test
    void spineAndCopdFiguresByTownAddUpAndThePagesAnswer() {
        var admin = loginAs("admin");
        for (var programme : List.of(Programme.SPINE, Programme.COPD)) {
            var years = programmes.years(programme, admin);
            assertThat(years).as(programme.name()).isNotEmpty();
            var figures = programmes.figures(programme, years.get(0), admin);
            assertThat(figures.total().invited()).isPositive();
            assertThat(figures.total().screened()).isPositive();
            assertThat(figures.towns().stream()
                            .mapToLong(t -> t.figures().invited())
                            .sum())
                    .isEqualTo(figures.total().invited());
        }
        var cdc = ApiClient.as(port, "cdc");
        assertThat(cdc.get("/populationscreening?programme=SPINE").body())
                .contains("学生脊柱侧弯筛查")
                .contains("ATR≥5°");
        assertThat(cdc.get("/populationscreening?programme=COPD").body())
                .contains("慢阻肺高危筛查")
                .contains("≥16分");
        int year = LocalDate.now(clock).getYear();
        var excel = cdc.get("/populationscreening/towns.xlsx?programme=SPINE&year=" + year);
        assertThat(excel.status()).isEqualTo(200);
        var nurse = ApiClient.as(port, "school-nurse");
        var page = nurse.get("/populationscreening/school");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("学生脊柱侧弯筛查").contains("批量导入");
        assertThat(nurse.get("/populationscreening/school/template.csv").body()).contains("身份证号");
        assertThat(ApiClient.as(port, "pharmacist")
                        .get("/populationscreening/school")
                        .status())
                .isEqualTo(403);
    }
}
