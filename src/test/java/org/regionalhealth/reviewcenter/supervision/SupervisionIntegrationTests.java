package org.regionalhealth.reviewcenter.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.reviewcenter.submission.PrescriptionStore;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicator formulas on a small hand-made data set (two institutions outside the demo tree, March 2020), the daily
 * rollup against the live computation, and scope.
 */
@PlatformIntegrationTest
class SupervisionIntegrationTests {

    static final String ROOT = "/900000/";
    static final String A = "/900000/1/";
    static final String B = "/900000/2/";
    static final LocalDate D = LocalDate.of(2020, 3, 2);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SupervisionQueries queries;

    @Autowired
    SupervisionRollup rollup;

    @Autowired
    Organizations organizations;

    @Autowired
    PrescriptionStore store;

    private ZoneId zone;

    @org.junit.jupiter.api.BeforeEach
    void districtZone() {
        // the rollup counts days in the district's zone (the platform clock), so the test's days are made in it too
        zone = rollup.zone();
    }

    private final JsonMapper json = JsonMapper.builder().build();

    private Timestamp at(LocalDate day, int hour, int minute) {
        return Timestamp.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, minute))
                .atZone(zone)
                .toInstant());
    }

    private long prescription(
            String path, long institutionId, String number, String status, String action, Timestamp at) {
        return jdbc.sql(
                        """
                        insert into prescriptionreview_prescription
                            (institution_id, institution_path, prescription_number, setting, prescriber_staff_id,
                             issued_on, request_sha256, request, status, action, submitted_by, submitted_at,
                             screened_at, department)
                        values (?, ?, ?, 'OUTPATIENT', 77, ?, repeat('0', 64), '{}'::jsonb, ?, ?, 'test', ?, ?, '内科')
                        returning id""")
                .params(institutionId, path, number, at.toLocalDateTime().toLocalDate(), status, action, at, at)
                .query(Long.class)
                .single();
    }

    /** A finding row, written by its owner (the same row definition as a submission's and the demo year's). */
    private void finding(long id, String rule, String action, Integer closedRevision) {
        var batch = store.batch();
        batch.finding(
                id,
                new Finding(rule, "1", "test", Tier.T3, Action.valueOf(action), "m", List.of(), List.of(), "s"),
                1,
                closedRevision,
                null,
                null);
        store.copy(batch);
    }

    private void task(
            long id, String path, Timestamp enqueued, Timestamp decided, String by, String outcome, boolean breached) {
        jdbc.sql(
                        """
                        insert into prescriptionreview_review_task (prescription_id, revision, institution_path, pool,
                            skill, setting, enqueued_at, amber_at, due_at, claimed_by, claimed_at, decided_by,
                            decided_at, outcome, breached)
                        values (?, 1, ?, 'T', 'GENERAL', 'OUTPATIENT', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, path, enqueued, enqueued, enqueued, by, enqueued, by, decided, outcome, breached)
                .update();
    }

    private void event(long id, int revision, String path, String kind, String from, String to, Timestamp at) {
        jdbc.sql(
                        """
                        insert into prescriptionreview_review_event (prescription_id, revision, institution_path, kind,
                            from_state, to_state, actor, at)
                        values (?, ?, ?, ?, ?, ?, 'test', ?)""")
                .params(id, revision, path, kind, from, to, at)
                .update();
    }

    @Test
    void indicatorsOfAHandMadeDataSetAreExact() {
        long p1 = prescription(A, 900001, "S-1", "SCREENED", "PASS", at(D, 8, 0));
        event(p1, 1, A, "SCREENED", null, "PASSED", at(D, 8, 0));
        long p2 = prescription(A, 900001, "S-2", "SCREENED", "PHARMACIST_REVIEW", at(D, 9, 0));
        finding(p2, "DDI", "PHARMACIST_REVIEW", null);
        task(p2, A, at(D, 9, 0), at(D, 9, 3), "ph1", "APPROVED", false);
        long p3 = prescription(A, 900001, "S-3", "SCREENED", "PHARMACIST_REVIEW", at(D, 10, 0));
        finding(p3, "DOSE_DAILY_MAX", "PHARMACIST_REVIEW", 2);
        task(p3, A, at(D, 10, 0), at(D, 10, 5), "ph1", "RETURNED", true);
        event(p3, 2, A, "MODIFIED", "RETURNED", "PASSED", at(D, 10, 20));
        long p4 = prescription(A, 900001, "S-4", "SCREENED", "BLOCK_OVERRIDABLE", at(D, 11, 0));
        finding(p4, "NORM_NO_DIAGNOSIS", "BLOCK_OVERRIDABLE", null);
        event(p4, 1, A, "SCREENED", null, "AWAITING_SIGNATURE", at(D, 11, 0));
        event(p4, 1, A, "DOUBLE_SIGNED", "AWAITING_SIGNATURE", "DOUBLE_SIGNED", at(D, 11, 5));
        long p5 = prescription(B, 900002, "S-5", "UNSCREENED", "PHARMACIST_REVIEW", at(D, 12, 0));
        task(p5, B, at(D, 12, 0), at(D, 12, 5), "system", "TIMEOUT_PASSED", true);
        // returned by the timeout policy, not by a pharmacist: the doctor's modification is no accepted intervention
        long p6 = prescription(B, 900002, "S-6", "SCREENED", "PHARMACIST_REVIEW", at(D, 13, 0));
        task(p6, B, at(D, 13, 0), at(D, 13, 5), "system", "TIMEOUT_RETURNED", true);
        event(p6, 2, B, "MODIFIED", "RETURNED", "PASSED", at(D, 13, 30));

        var march = new SupervisionQueries.Period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
        DataScope root = new DataScope(900000, ROOT, Optional.empty());
        // days before the last rolled-up day are read from the rollup only: not there until rolled up
        assertThat(queries.totals(root, march).prescriptions()).isZero();
        rollup.rebuild(march.from(), march.to().plusDays(1));

        Counts t = queries.totals(root, march);
        assertThat(t).isEqualTo(new Counts(6, 5, 4, 4, 2, 1, 1, 2, 3, 1, 1, 1));
        assertThat(Indicator.REVIEW_RATE.of(t).text()).isEqualTo("83.3%");
        assertThat(Indicator.FLAG_RATE.of(t).text()).isEqualTo("66.7%");
        assertThat(Indicator.PHARMACIST_REVIEW_RATE.of(t).text()).isEqualTo("50.0%");
        assertThat(Indicator.INTERVENTION_RATE.of(t).text()).isEqualTo("50.0%");
        assertThat(Indicator.PASS_RATE.of(t).text()).isEqualTo("50.0%");
        assertThat(Indicator.ACCEPTANCE_RATE.of(t).text()).isEqualTo("100.0%");
        assertThat(Indicator.DOUBLE_SIGN_RATE.of(t).text()).isEqualTo("100.0%");
        assertThat(Indicator.BREACH_RATE.of(t).text()).isEqualTo("75.0%");

        // one institution's scope sums only its own rows
        assertThat(queries.totals(new DataScope(1, A, Optional.empty()), march).prescriptions())
                .isEqualTo(4);
        Map<String, Long> byChild = queries.byChildUnit(ROOT, march).stream()
                .collect(Collectors.toMap(
                        SupervisionQueries.Group::key, g -> g.counts().prescriptions()));
        assertThat(byChild).containsExactlyInAnyOrderEntriesOf(Map.of("1", 4L, "2", 2L));
        assertThat(queries.byDepartment(A, 900001, march)).singleElement().satisfies(g -> assertThat(g.key())
                .isEqualTo("内科"));
        assertThat(queries.byDoctor(A, 900001, "内科", march)).singleElement().satisfies(g -> assertThat(g.key())
                .isEqualTo("77"));

        // per rule: a pharmacist's approval despite the alert and a double signature override it; a return accepts
        var rules = queries.rules(root, march, false).stream()
                .collect(Collectors.toMap(SupervisionQueries.RuleRow::ruleId, r -> r));
        assertThat(rules.get("DDI").overrideRate().text()).isEqualTo("100.0%");
        assertThat(rules.get("DOSE_DAILY_MAX").overrideRate().text()).isEqualTo("0.0%");
        assertThat(rules.get("NORM_NO_DIAGNOSIS").overrides()).isEqualTo(1);
        assertThat(rules.get("NORM_NO_DIAGNOSIS").findings()).isEqualTo(1);

        // today is live: a prescription stored now counts at once, without any rollup
        var today = new SupervisionQueries.Period(LocalDate.now(zone), LocalDate.now(zone));
        long before = queries.totals(root, today).prescriptions();
        prescription(A, 900001, "S-LIVE", "SCREENED", "PASS", Timestamp.from(Instant.now()));
        assertThat(queries.totals(root, today).prescriptions()).isEqualTo(before + 1);
    }

    @Test
    void aPharmacistSeesOnlyTheirMedicalCommunity() {
        long mc01 = organizations.findByCode("MC01").orElseThrow().id();
        long mc02 = organizations.findByCode("MC02").orElseThrow().id();
        var pharmacist = ApiClient.as(port, "pharmacist");
        var own = pharmacist.get("/api/prescription-review/supervision?period=Y");
        assertThat(own.status()).isEqualTo(200);
        JsonNode body = json.readTree(own.body());
        assertThat(body.get("unitId").asLong()).isEqualTo(mc01);
        assertThat(body.at("/totals/counts/prescriptions").asLong()).isPositive();
        assertThat(pharmacist
                        .get("/api/prescription-review/supervision?unitId=" + mc02)
                        .status())
                .isEqualTo(404);

        var admin = ApiClient.as(port, "admin");
        JsonNode district = json.readTree(
                admin.get("/api/prescription-review/supervision?period=Y").body());
        long districtTotal = district.at("/totals/counts/prescriptions").asLong();
        assertThat(districtTotal)
                .isGreaterThan(body.at("/totals/counts/prescriptions").asLong());
        // the medical communities' rows add up to (at most) the district's total
        long rows = 0;
        for (JsonNode row : district.get("rows")) {
            rows += row.at("/figures/counts/prescriptions").asLong();
        }
        assertThat(rows).isEqualTo(districtTotal);
        assertThat(admin.get("/api/prescription-review/supervision?period=X").status())
                .isEqualTo(400);
    }
}
