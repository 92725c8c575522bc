package org.regionalhealth.childcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
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
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The childcare registry and the subsidy ledger on the shared platform context (issue 21). */
@PlatformIntegrationTest
class ChildcareIntegrationTests {

    @Autowired
    ChildcareRegistry registry;

    @Autowired
    SubsidyLedger ledger;

    @Autowired
    Organizations organizations;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CurrentUser officer;

    @BeforeEach
    void logIn() {
        officer = loginAs("subsidy-officer");
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private CurrentUser loginAs(String username) {
        return DemoLogin.as(accounts, users, username);
    }

    /** A valid ID number of a child born on the day, never used before in this database. */
    static String childId(LocalDate birth) {
        String first17 = "330109" + birth.toString().replace("-", "")
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private NewApplication application(String id, int period, String town) {
        return new NewApplication(
                "NATIONAL_CHILDCARE",
                period,
                id,
                "测试宝宝",
                town,
                "测试家长",
                "13812345678",
                "母亲",
                true,
                "6228480000000000001",
                null);
    }

    @Test
    void theDistrictHasTheReviewsInstitutionsAndPlacesAgainstTheNationalTarget() {
        assertThat(registry.count()).isEqualTo(265);
        var places = registry.places(officer);
        assertThat(places.district().institutions()).isEqualTo(265);
        assertThat(places.district().places()).isEqualTo(11_531);
        assertThat(places.district().puhuiShare()).isGreaterThan(80.0);
        assertThat(places.target()).isEqualByComparingTo("4.5");
        assertThat(places.district().population()).isBetween(1_990_000, 2_010_000);
        // 11,531 places for about 2.0 M residents: about 5.8 per 1,000, above the target
        assertThat(places.district().perThousand())
                .isBetween(new java.math.BigDecimal("5.6"), new java.math.BigDecimal("5.9"));
        assertThat(places.district().meetsTarget()).isTrue();
        assertThat(places.towns()).hasSize(organizations.towns().size());
        assertThat(places.towns().stream().mapToInt(TownPlaces::places).sum()).isEqualTo(11_531);
    }

    @Test
    void enrolmentChecksTheIdNumberAndTheAgeLimit() {
        var unit = registry.search(null, null, FilingState.FILED, officer, 0, 1)
                .items()
                .get(0);
        var today = LocalDate.now(clock);
        assertThatThrownBy(() -> registry.enrol(unit.unitId(), "330109202401011234", "", today, officer))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("CHILDCARE_ENROLMENT_INVALID");
                    assertThat(e.fieldErrors()).containsKeys("childIdNumber", "childName");
                });
        // exactly 3 on the day of enrolment: refused; one day younger: enrolled
        String three = childId(today.minusYears(3));
        assertThatThrownBy(() -> registry.enrol(unit.unitId(), three, "满三岁", today, officer))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("childIdNumber"));
        String almost = childId(today.minusYears(3).plusDays(1));
        var enrolment = registry.enrol(unit.unitId(), almost, "差一天", today, officer);
        assertThat(enrolment.birthDate()).isEqualTo(today.minusYears(3).plusDays(1));
        assertThatThrownBy(() -> registry.enrol(unit.unitId(), almost, "差一天", today, officer))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("CHILDCARE_ALREADY_ENROLLED"));
        assertThat(registry.enrolments(unit.unitId(), officer, 0, 200).items())
                .extracting(Enrolment::childIdNumber)
                .contains(almost);
    }

    @Test
    void ageLimitAndResidenceAreCheckedOnApplication() {
        // 2025: under 3 on 1 January by one day → one month (300 yuan); exactly 3 or older → refused
        var under = ledger.apply(application(childId(LocalDate.of(2022, 1, 2)), 2025, "330109001"), officer);
        assertThat(under.months()).isEqualTo(1);
        assertThat(under.amount()).isEqualByComparingTo("300.00");
        assertThat(under.state()).isEqualTo(ApplicationState.SUBMITTED);
        for (var birth : List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2021, 12, 31))) {
            String id = childId(birth);
            assertThatThrownBy(() -> ledger.apply(application(id, 2025, "330109001"), officer))
                    .isInstanceOfSatisfying(PlatformException.class, e -> {
                        assertThat(e.code()).isEqualTo("SUBSIDY_APPLICATION_INVALID");
                        assertThat(e.fieldErrors()).containsKey("childIdNumber");
                    });
            assertThat(count(id)).isZero();
        }
        String outside = childId(LocalDate.of(2024, 4, 4));
        assertThatThrownBy(() -> ledger.apply(application(outside, 2025, "OTHER"), officer))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("hukouTown"));
        assertThat(count(outside)).isZero();
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsStored() {
        var bad = new NewApplication("NATIONAL_CHILDCARE", 2019, "123", "", "", "", "123", "邻居", false, "12", null);
        assertThatThrownBy(() -> ledger.apply(bad, officer))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys(
                                "childIdNumber",
                                "childName",
                                "hukouTown",
                                "period",
                                "applicantName",
                                "applicantPhone",
                                "relation",
                                "bankAccount"));
    }

    @Test
    void twoSimultaneousApplicationsForOneChildStoreExactlyOne() throws Exception {
        String id = childId(LocalDate.of(2025, 8, 8));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<String>>();
        try {
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    start.await();
                    try {
                        ledger.apply(application(id, 2026, "330109002"), users.require());
                        return "stored";
                    } catch (PlatformException e) {
                        return e.code();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<String>();
            for (var f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("stored", "SUBSIDY_DUPLICATE");
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(id)).isEqualTo(1);
    }

    @Test
    void theOfficerWhoDidTheFirstReviewCannotConfirmIt() {
        var a = ledger.apply(application(childId(LocalDate.of(2025, 3, 9)), 2026, "330109004"), officer);
        ledger.approve(a.id(), officer);
        assertThatThrownBy(() -> ledger.approve(a.id(), officer)).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo("SUBSIDY_FOUR_EYES");
            assertThat(e.getMessage()).contains("两名不同的经办人员");
        });
        assertThat(ledger.find(a.id(), officer).orElseThrow().state()).isEqualTo(ApplicationState.REVIEWED);
        // the bulk action skips it for the same officer, and moves it for another
        assertThat(ledger.approveAll(List.of(a.id()), officer)).isZero();
        var second = loginAs("subsidy-officer2");
        assertThat(ledger.approveAll(List.of(a.id()), second)).isEqualTo(1);
        assertThat(ledger.find(a.id(), second).orElseThrow().state()).isEqualTo(ApplicationState.APPROVED);
        var steps = jdbc.sql("select officer from childcare_subsidy_step where application_id = ? order by id")
                .param(a.id())
                .query(String.class)
                .list();
        assertThat(steps).endsWith("subsidy-officer", "subsidy-officer2");
        officer = loginAs("subsidy-officer");
    }

    @Test
    void anApprovedApplicationIsPaidOnceAndTheBatchReconciles() {
        var a = ledger.apply(application(childId(LocalDate.of(2025, 2, 14)), 2026, "330109004"), officer);
        assertThat(a.months()).isEqualTo(12);
        assertThat(a.amount()).isEqualByComparingTo("3600.00");
        assertThat(ledger.approve(a.id(), officer).state()).isEqualTo(ApplicationState.REVIEWED);
        var second = loginAs("subsidy-officer2");
        assertThat(ledger.approve(a.id(), second).state()).isEqualTo(ApplicationState.APPROVED);
        officer = loginAs("subsidy-officer");
        assertThatThrownBy(() -> ledger.approve(a.id(), officer))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("SUBSIDY_STATE"));

        String key = UUID.randomUUID().toString();
        var batch = ledger.pay(key, officer);
        assertThat(ledger.pay(key, officer).id()).isEqualTo(batch.id());
        var again = ledger.pay(UUID.randomUUID().toString(), officer);
        assertThat(again.payments()).isZero();

        var paid = ledger.find(a.id(), officer).orElseThrow();
        assertThat(paid.state()).isEqualTo(ApplicationState.PAID);
        assertThat(paid.batchId()).isEqualTo(batch.id());
        var payment = ledger.payments(batch.id(), officer).stream()
                .filter(p -> p.applicationId() == a.id())
                .findFirst()
                .orElseThrow();
        assertThat(payment.scheme()).isEqualTo("NATIONAL_CHILDCARE");
        assertThat(payment.ruleVersion()).isEqualTo(1);
        assertThat(payment.amount()).isEqualByComparingTo("3600.00");
        assertThat(jdbc.sql("select count(*) from childcare_payment where application_id = ?")
                        .param(a.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var reconciliation = ledger.reconcile(batch.id(), officer);
        assertThat(reconciliation.problems()).isEmpty();
        assertThat(reconciliation.matched()).isEqualTo(batch.payments());
        assertThat(ledger.batch(batch.id(), officer).orElseThrow().state()).isEqualTo(BatchState.RECONCILED);
    }

    @Test
    void aReturnNeedsAReasonAndAReturnedChildMayApplyAgain() {
        String id = childId(LocalDate.of(2024, 9, 9));
        var a = ledger.apply(application(id, 2026, "330109005"), officer);
        assertThatThrownBy(() -> ledger.returnWithReason(a.id(), " ", officer))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("reason"));
        var returned = ledger.returnWithReason(a.id(), "银行卡户名与申请人不一致", officer);
        assertThat(returned.state()).isEqualTo(ApplicationState.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("银行卡户名与申请人不一致");
        assertThat(ledger.apply(application(id, 2026, "330109005"), officer).state())
                .isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void staffBelowTheDistrictDoNotSeeTheLedger() {
        var doctor = loginAs("village-doctor");
        assertThat(ledger.queue(null, null, doctor, 0, 20).total()).isZero();
        assertThatThrownBy(() -> ledger.pay(UUID.randomUUID().toString(), doctor))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("SUBSIDY_FORBIDDEN"));
        assertThat(organizations
                        .search(new UnitQuery(UnitType.CHILDCARE, null, null, null), doctor.scope(), 0, 1)
                        .total())
                .isZero();
    }

    private long count(String id) {
        return jdbc.sql("select count(*) from childcare_subsidy_application where child_id_number = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
