package org.regionalhealth.reviewcenter.demoyear;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo year the shared test context generated at start (3,000 prescriptions, seeded). */
@PlatformIntegrationTest
class DemoYearIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aYearOfScreenedPrescriptionsWithARealisticShareFlagged() {
        long total = count("select count(*) from prescriptionreview_prescription where submitted_by = 'demo-year'");
        // application-test.yaml: rhp.prescription-review.demo-year.prescriptions = 3000
        assertThat(total).isGreaterThanOrEqualTo(3000);
        long flagged = count(
                """
                select count(*) from prescriptionreview_prescription p where submitted_by = 'demo-year'
                   and exists (select 1 from prescriptionreview_finding f where f.prescription_id = p.id
                                  and f.action in ('BLOCK_OVERRIDABLE', 'PHARMACIST_REVIEW', 'REJECT'))""");
        // research §2.1: 11–20% flagged by system screening
        assertThat(flagged * 100.0 / total).isBetween(11.0, 20.0);
        long days = count(
                "select count(distinct issued_on) from prescriptionreview_prescription where submitted_by = 'demo-year'");
        assertThat(days).isGreaterThan(300);
        assertThat(count("select count(distinct department) from prescriptionreview_prescription"))
                .isGreaterThan(5);
    }

    @Test
    void statesTasksAndEventsAreConsistent() {
        // every stored prescription has its screening event, and its current state is the last event's target
        assertThat(
                        count(
                                """
                        select count(*) from prescriptionreview_prescription p where submitted_by = 'demo-year'
                           and not exists (select 1 from prescriptionreview_review_event e
                                            where e.prescription_id = p.id and e.kind = 'SCREENED')"""))
                .isZero();
        assertThat(
                        count(
                                """
                        select count(*) from prescriptionreview_prescription p where submitted_by = 'demo-year'
                           and p.review_state <> (select e.to_state from prescriptionreview_review_event e
                                                   where e.prescription_id = p.id and e.kind not in ('AMBER', 'RED')
                                                   order by e.at desc, e.id desc limit 1)"""))
                .isZero();
        // timeouts, returns, double signatures and modifications all occur
        for (String kind : new String[] {"TIMEOUT", "RETURNED", "DOUBLE_SIGNED", "MODIFIED", "APPROVED"}) {
            assertThat(count("select count(*) from prescriptionreview_review_event where kind = ?", kind))
                    .as(kind)
                    .isPositive();
        }
        // a decided round has a decider and an outcome; an open one has neither
        assertThat(
                        count(
                                "select count(*) from prescriptionreview_review_task where (decided_at is null) <> (outcome is null)"))
                .isZero();
        // a modified prescription closed the findings of its first revision
        assertThat(
                        count(
                                """
                        select count(*) from prescriptionreview_prescription p where p.revision = 2
                           and p.submitted_by = 'demo-year' and p.review_state = 'PASSED'
                           and exists (select 1 from prescriptionreview_finding f where f.prescription_id = p.id
                                          and f.closed_revision is null and f.action <> 'PASS' and f.action <> 'NOTICE')"""))
                .isZero();
    }

    @Test
    void todayHasALiveQueueInTheFirstMedicalCommunity() {
        assertThat(
                        count(
                                """
                        select count(*) from prescriptionreview_review_task t
                          join prescriptionreview_prescription p on p.id = t.prescription_id
                         where t.decided_at is null and p.review_state in ('QUEUED', 'CLAIMED') and t.pool = 'MC01'"""))
                .isPositive();
    }
}
