package org.regionalhealth.healthcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.childcare.ChildcareRegistry;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.familydoctor.IndicatorFigures;
import org.regionalhealth.healthcity.ReportingStatus.Timeliness;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.reviewcenter.ReviewFigures;
import org.regionalhealth.reviewcenter.supervision.SupervisionQueries;
import org.regionalhealth.vaccination.CoverageFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Collection, approval and evaluation against the whole platform and its demo district (issue 23 items 1–3). */
@PlatformIntegrationTest
class HealthCityIntegrationTests {

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    SubmissionDesk desk;

    @Autowired
    PlatformIndicators platform;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Organizations organizations;

    @Autowired
    AedRegistry aeds;

    @Autowired
    ChildcareRegistry childcare;

    @Autowired
    CoverageFigures coverage;

    @Autowired
    IndicatorFigures familyDoctor;

    @Autowired
    ReviewFigures reviews;

    @Autowired
    SupervisionQueries supervision;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CurrentUser user(String username, Role role) {
        var root = organizations.root();
        return new CurrentUser(
                username,
                username,
                role,
                root.id(),
                new DataScope(root.id(), root.path(), Optional.empty()),
                CurrentUser.Channel.SYSTEM);
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    BigDecimal stored(String code, String town) {
        return jdbc.sql("select value from healthcity_value where code = ? and year = ? and town_code = ?")
                .params(code, thisYear(), town)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    static BigDecimal rate(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator * (long) scale)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    @Test
    void theDemoShowsRankingsTheMostImprovedAndLateAndMissingSubmissions() {
        int last = desk.lastDueYear();
        assertThat(evaluations.years())
                .contains(thisYear() - 4, thisYear() - 3, thisYear() - 2, thisYear() - 1, thisYear());
        var evaluation = evaluations.of(last);
        assertThat(evaluation.ranking()).hasSize(organizations.towns().size());
        assertThat(evaluation.collecting()).isFalse();
        assertThat(evaluation.mostImproved()).isNotEmpty();
        assertThat(evaluation.ranking().get(0).score())
                .isGreaterThanOrEqualTo(evaluation.ranking().get(1).score());
        var status = desk.status(last, user("admin", Role.DISTRICT_ADMIN));
        assertThat(status)
                .filteredOn(s -> s.timeliness() == Timeliness.MISSING)
                .extracting(s -> s.indicator().code())
                .containsExactly("HC41");
        assertThat(status)
                .filteredOn(s -> s.timeliness() == Timeliness.LATE)
                .extracting(s -> s.indicator().code())
                .containsExactlyInAnyOrder("HC17", "HC28");
        // the drill-down: the town's items add up to its score
        var first = evaluation.ranking().get(0);
        var town = evaluations.town(first.townCode(), last);
        double sum = town.items().stream()
                .mapToDouble(TownEvaluation.Item::contribution)
                .sum();
        // each contribution is shown rounded to 0.01, so their sum may be off by half a hundredth per item
        assertThat(sum)
                .isCloseTo(
                        first.score(),
                        org.assertj.core.data.Offset.offset(0.005 * town.items().size()));
    }

    @Test
    void everyPlatformIndicatorEqualsAHandCountFromTheOwningModules() {
        var done = platform.recompute();
        assertThat(done.indicators()).isEqualTo(10);
        LocalDate today = LocalDate.now(clock);
        var places = childcare.places(user("admin", Role.DISTRICT_ADMIN));
        int checked = 0;
        for (var town : places.towns()) {
            if (town.population() == null || town.population() == 0) {
                continue;
            }
            long usable = aeds.all().stream()
                    .filter(a -> a.townCode().startsWith(town.townCode()) && a.usableOn(today))
                    .count();
            assertThat(stored("XS06", town.townCode())).isEqualByComparingTo(rate(usable, town.population(), 100_000));
            assertThat(stored("XS07", town.townCode()))
                    .isEqualByComparingTo(rate(town.places(), town.population(), 1000));
            checked++;
        }
        assertThat(checked).isPositive();
        for (var row : coverage.byTown()) {
            if (row.children() > 0) {
                assertThat(stored("XS04", row.townCode())).isEqualByComparingTo(rate(row.dtap3(), row.children(), 100));
            }
            if (row.elderly() > 0) {
                assertThat(stored("XS05", row.townCode())).isEqualByComparingTo(rate(row.flu(), row.elderly(), 100));
            }
        }
        // family-doctor rates (coverage, chronic control): the station facts of each town, counted by hand
        checkByTown("XS01", familyDoctor.rollingYearByUnit("KEY_GROUP_COVERAGE"));
        checkByTown("XS08", familyDoctor.rollingYearByUnit("HTN_CONTROL"));
        checkByTown("XS09", familyDoctor.rollingYearByUnit("DM_CONTROL"));
        // 处方审核率: the review center's counts of each institution in the last twelve months, summed by town
        var reviewed = reviews.byInstitution("REVIEW_RATE", today.minusYears(1).plusDays(1), today).stream()
                .map(i -> new IndicatorFigures.UnitFigure(i.institutionId(), i.numerator(), i.denominator()))
                .toList();
        assertThat(reviewed).isNotEmpty();
        checkByTown("XS10", reviewed);
        // and the district's total is the supervision page's (another path through the same counts)
        var root = organizations.root();
        var totals = supervision.totals(
                new DataScope(root.id(), root.path(), Optional.empty()),
                new SupervisionQueries.Period(today.minusYears(1).plusDays(1), today));
        assertThat(reviewed.stream()
                        .mapToLong(IndicatorFigures.UnitFigure::denominator)
                        .sum())
                .isEqualTo(totals.prescriptions());
        assertThat(reviewed.stream()
                        .mapToLong(IndicatorFigures.UnitFigure::numerator)
                        .sum())
                .isEqualTo(totals.screened());
    }

    private void checkByTown(String code, List<IndicatorFigures.UnitFigure> units) {
        var byTown = new LinkedHashMap<String, long[]>();
        for (var unit : units) {
            String town =
                    organizations.find(unit.unitId()).map(Unit::divisionCode).orElse("");
            if (town.length() < 9) {
                continue;
            }
            var s = byTown.computeIfAbsent(town.substring(0, 9), k -> new long[2]);
            s[0] += unit.numerator();
            s[1] += unit.denominator();
        }
        assertThat(byTown).as(code).isNotEmpty();
        byTown.forEach((town, s) -> {
            if (s[1] > 0) {
                assertThat(stored(code, town)).as(code + " " + town).isEqualByComparingTo(rate(s[0], s[1], 100));
            }
        });
    }

    @Test
    void theTwoApprovalsAreByTwoDifferentPeopleAndTheValuesEnterTheEvaluation() {
        var towns = organizations.towns();
        var values = new LinkedHashMap<String, String>();
        towns.forEach(t -> values.put(t.code(), "41.5"));
        var officer = user("dept-sports", Role.DEPARTMENT_OFFICER);
        var lead = user("dept-sports-lead", Role.DEPARTMENT_OFFICER);
        var admin = user("admin", Role.DISTRICT_ADMIN);
        var s = desk.submit(new NewSubmission("HC40", thisYear(), values, "测试"), pdf(), officer);
        assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED);
        // the submitter cannot approve their own submission
        assertThatThrownBy(() -> desk.approve(s.id(), officer))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("HEALTHCITY_SAME_PERSON"));
        // another department's officer cannot, nor the district before the department
        assertThatThrownBy(() -> desk.approve(s.id(), user("dept-ecology-lead", Role.DEPARTMENT_OFFICER)))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("HEALTHCITY_NOT_YOUR_LEVEL"));
        assertThatThrownBy(() -> desk.approve(s.id(), admin))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("HEALTHCITY_NOT_YOUR_LEVEL"));
        assertThat(desk.approve(s.id(), lead).state()).isEqualTo(SubmissionState.DEPARTMENT_APPROVED);
        assertThat(stored("HC40", towns.get(0).code())).isNull();
        assertThat(desk.approve(s.id(), admin).state()).isEqualTo(SubmissionState.APPROVED);
        assertThat(stored("HC40", towns.get(0).code())).isEqualByComparingTo("41.5");
        assertThatThrownBy(() -> desk.approve(s.id(), admin))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("HEALTHCITY_STATE_CHANGED"));
    }

    @Test
    void aDistrictAdministratorWhoWasTheFirstApproverCannotGiveTheSecond() {
        // the first level is a department officer's, so the rule is checked through the stored submission: the
        // final approver may be neither the submitter nor the first approver
        var towns = organizations.towns();
        var values = new LinkedHashMap<String, String>();
        towns.forEach(t -> values.put(t.code(), "1"));
        var s = desk.submit(
                new NewSubmission("HC02", thisYear() - 2, values, ""),
                pdf(),
                user("dept-ecology", Role.DEPARTMENT_OFFICER));
        desk.approve(s.id(), user("dept-ecology-lead", Role.DEPARTMENT_OFFICER));
        assertThatThrownBy(() -> desk.approve(s.id(), user("dept-ecology-lead", Role.DISTRICT_ADMIN)))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("HEALTHCITY_SAME_PERSON"));
        assertThat(desk.approve(s.id(), user("admin", Role.DISTRICT_ADMIN)).state())
                .isEqualTo(SubmissionState.APPROVED);
    }

    @Test
    void outOfRangeValuesAndBadFilesAreRefusedOnTheirFieldsAllAtOnceAndNothingIsWritten() {
        var towns = organizations.towns();
        var values = new LinkedHashMap<String, String>();
        towns.forEach(t -> values.put(t.code(), "2.6"));
        // 城市人均体育场地面积: accepted range 0–50 m²
        values.put(towns.get(0).code(), "50.0001");
        values.put(towns.get(1).code(), "-0.01");
        values.put(towns.get(2).code(), "两平方米");
        values.put(towns.get(3).code(), "");
        values.put(towns.get(4).code(), "50");
        values.put(towns.get(5).code(), "0");
        long before = jdbc.sql("select count(*) from healthcity_submission")
                .query(Long.class)
                .single();
        var exe = List.of(
                new EvidenceFile("报表.pdf", "application/pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertThatThrownBy(() -> desk.submit(
                        new NewSubmission("HC12", thisYear(), values, ""),
                        exe,
                        user("dept-sports", Role.DEPARTMENT_OFFICER)))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("HEALTHCITY_SUBMISSION_INVALID");
                    assertThat(e.fieldErrors().get(towns.get(0).code())).contains("超出合理范围");
                    assertThat(e.fieldErrors().get(towns.get(1).code())).contains("超出合理范围");
                    assertThat(e.fieldErrors().get(towns.get(2).code())).contains("请输入数字");
                    assertThat(e.fieldErrors().get(towns.get(3).code())).contains("请填写");
                    assertThat(e.fieldErrors())
                            .doesNotContainKeys(
                                    towns.get(4).code(), towns.get(5).code());
                    assertThat(e.fieldErrors().get("evidence")).contains("内容与扩展名不符");
                });
        assertThat(jdbc.sql("select count(*) from healthcity_submission")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        // an indicator of another department
        assertThatThrownBy(() -> desk.submit(
                        new NewSubmission("HC01", thisYear(), values, ""),
                        pdf(),
                        user("dept-sports", Role.DEPARTMENT_OFFICER)))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("HEALTHCITY_NOT_YOUR_DEPARTMENT"));
    }

    @Test
    void aRevisionMakesANewVersionAndOldValuesKeepTheirs() {
        int last = thisYear() - 1;
        var before = catalogue.current("HC26").orElseThrow();
        var oldValue = jdbc.sql("select indicator_id from healthcity_value where code = 'HC26' and year = ? limit 1")
                .param(last)
                .query(Long.class)
                .single();
        assertThat(oldValue).isEqualTo(before.id());
        assertThatThrownBy(() -> catalogue.revise(
                        "HC26",
                        new IndicatorRevision(
                                BigDecimal.TEN, BigDecimal.ONE, Direction.HIGHER, BigDecimal.ZERO, BigDecimal.ONE, ""),
                        user("admin", Role.DISTRICT_ADMIN)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("target", "changeNote"));
        var revised = catalogue.revise(
                "HC26",
                new IndicatorRevision(
                        new BigDecimal("6.5"),
                        new BigDecimal("3"),
                        Direction.HIGHER,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(100),
                        "按“十四五”卫生健康规划调整目标"),
                user("admin", Role.DISTRICT_ADMIN));
        assertThat(revised.version()).isEqualTo(before.version() + 1);
        assertThat(catalogue.current("HC26").orElseThrow().id()).isEqualTo(revised.id());
        assertThat(catalogue.versions("HC26")).hasSize(before.version() + 1);
        assertThat(catalogue.version(before.id()).orElseThrow().supersededAt()).isNotNull();
        // the old values still point at, and are scored with, the version they were collected under
        assertThat(jdbc.sql("select indicator_id from healthcity_value where code = 'HC26' and year = ? limit 1")
                        .param(last)
                        .query(Long.class)
                        .single())
                .isEqualTo(before.id());
        var item = evaluations.town(organizations.towns().get(0).code(), last).items().stream()
                .filter(i -> i.indicator().code().equals("HC26"))
                .findFirst()
                .orElseThrow();
        assertThat(item.indicator().id()).isEqualTo(before.id());
        assertThatThrownBy(() -> catalogue.revise(
                        "HC26",
                        new IndicatorRevision(
                                BigDecimal.ONE, BigDecimal.ONE, Direction.HIGHER, BigDecimal.ZERO, BigDecimal.TEN, "x"),
                        user("dept-sports", Role.DEPARTMENT_OFFICER)))
                .isInstanceOf(PlatformException.class);
    }

    static List<EvidenceFile> pdf() {
        return List.of(new EvidenceFile(
                "统计报表.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    }
}
