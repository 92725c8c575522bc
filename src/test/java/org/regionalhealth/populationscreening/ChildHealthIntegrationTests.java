package org.regionalhealth.populationscreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.populationscreening.rules.ChildHealthSchedule;
import org.regionalhealth.residents.HealthRecordSection;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The 0–6 health checks on the shared context: the worklist, recording a check, bad input, the record, scope. */
@PlatformIntegrationTest
class ChildHealthIntegrationTests {

    @Autowired
    ChildHealthChecks checks;

    @Autowired
    ResidentIndex residents;

    @Autowired
    List<HealthRecordSection> sections;

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

    private long stored(long residentId) {
        return jdbc.sql("select count(*) from populationscreening_child_check where resident_id = ?")
                .param(residentId)
                .query(Long.class)
                .single();
    }

    private static NewChildCheck valid(String visit, LocalDate day) {
        return new NewChildCheck(
                visit, day, new BigDecimal("8.2"), new BigDecimal("68.5"), new BigDecimal("43.5"), 118, true, null);
    }

    @Test
    void aDueChildLeavesTheListWhenItsCheckIsRecordedAndTheCheckIsInTheRecord() {
        var admin = loginAs("admin");
        var today = LocalDate.now(clock);
        var before = checks.worklist(ChildHealthChecks.View.DUE, admin, 0, 20);
        assertThat(before.page().items()).isNotEmpty();
        var due = before.page().items().get(0);
        assertThat(due.from()).isBeforeOrEqualTo(today);
        assertThat(due.to()).isAfterOrEqualTo(today);
        var saved = checks.record(due.residentId(), valid(due.visit(), today), admin);
        assertThat(saved.visit()).isEqualTo(due.visit());
        var after = checks.worklist(ChildHealthChecks.View.DUE, admin, 0, 20);
        assertThat(after.due()).isEqualTo(before.due() - 1);
        assertThat(after.page().items()).extracting(ChildDue::residentId).doesNotContain(due.residentId());
        assertThat(checks.checks(due.residentId(), admin))
                .extracting(ChildCheck::visit)
                .contains(due.visit());
        // in the child's health record
        var parts = sections.stream()
                .map(s -> s.part(due.residentId(), admin))
                .flatMap(java.util.Optional::stream)
                .filter(p -> p.items().stream()
                        .anyMatch(i -> ("/populationscreening/child-health/" + due.residentId()).equals(i.href())))
                .toList();
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).items()).anySatisfy(i -> assertThat(i.detail()).contains("8.2"));
        // the same check again is refused on the visit
        assertThatThrownBy(() -> checks.record(due.residentId(), valid(due.visit(), today), admin))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("visit"));
        // the page
        var page = ApiClient.as(port, "admin").get("/populationscreening/child-health/" + due.residentId());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("检查安排").contains("已完成");
    }

    @Test
    void badInputIsNamedAllAtOnceAndNothingIsStored() {
        var admin = loginAs("admin");
        var today = LocalDate.now(clock);
        var due = checks.worklist(ChildHealthChecks.View.DUE, admin, 0, 100).page().items().stream()
                .filter(d -> ChildHealthSchedule.visit(d.visit()).orElseThrow().head())
                .filter(d -> stored(d.residentId()) == 0)
                .findFirst()
                .orElseThrow();
        long before = stored(due.residentId());
        assertThatThrownBy(() -> checks.record(
                        due.residentId(),
                        new NewChildCheck(
                                due.visit(), due.from().minusDays(1), BigDecimal.ZERO, null, null, 300, null, null),
                        admin))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("checkedOn", "weightKg", "lengthCm", "headCm", "hb", "developmentNormal"));
        assertThatThrownBy(() -> checks.record(due.residentId(), valid("M99", today.plusDays(1)), admin))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("visit", "checkedOn"));
        assertThat(stored(due.residentId())).isEqualTo(before);
    }

    @Test
    void aChildOutsideTheScopeIsNotFoundAndThePagesAnswer() {
        var admin = loginAs("admin");
        var today = LocalDate.now(clock);
        var rows = checks.worklist(ChildHealthChecks.View.DUE, admin, 0, 100)
                .page()
                .items();
        var village = loginAs("village-doctor");
        var outside = rows.stream()
                .filter(d -> residents.find(d.residentId(), village, "test").isEmpty())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() ->
                        checks.record(outside.residentId(), valid(outside.visit(), today), loginAs("village-doctor")))
                .isInstanceOfSatisfying(
                        PlatformException.class,
                        e -> assertThat(e.status().value()).isEqualTo(404));
        assertThat(checks.worklist(ChildHealthChecks.View.DUE, loginAs("village-doctor"), 0, 100)
                        .page()
                        .items())
                .extracting(ChildDue::residentId)
                .doesNotContain(outside.residentId());
        var doctor = ApiClient.as(port, "village-doctor");
        assertThat(doctor.get("/populationscreening/child-health").status()).isEqualTo(200);
        assertThat(doctor.get("/populationscreening/child-health?view=OVERDUE").status())
                .isEqualTo(200);
        assertThat(doctor.get("/populationscreening/child-health/" + outside.residentId())
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.as(port, "pharmacist")
                        .get("/populationscreening/child-health")
                        .status())
                .isEqualTo(403);
    }
}
