package org.regionalhealth.reviewcenter.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.residents.ResidentFixtures;
import org.regionalhealth.reviewcenter.intake.RegionalHistory;
import org.regionalhealth.reviewcenter.intake.RetrospectiveQueue;
import org.regionalhealth.screening.PrescriptionScreening;
import org.regionalhealth.screening.ScreeningProperties;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.formats.PrescriptionRequest;
import org.regionalhealth.screening.formats.PrescriptionRequests;
import org.regionalhealth.screening.rules.FindingSink;
import org.regionalhealth.screening.rules.Rule;
import org.regionalhealth.screening.rules.RuleCatalog;
import org.regionalhealth.screening.rules.RuleMetadata;
import org.regionalhealth.screening.rules.ScreeningContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Research §7 N1: when the engine fails, the stored verdict is {@code UNSCREENED} (never a pass) and a
 * retrospective-review entry is created. The submission service is built here around an engine whose only rule
 * throws; everything else is the application's own beans and database.
 */
@PlatformIntegrationTest
class UnscreenedSubmissionIntegrationTests {

    @Autowired
    Clock clock;

    @Autowired
    PrescriptionRequests requests;

    @Autowired
    PrescriptionStore store;

    @Autowired
    RegionalHistory history;

    @Autowired
    RetrospectiveQueue retrospective;

    @Autowired
    Organizations organizations;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JsonMapper json;

    @Autowired
    DrugKnowledge knowledge;

    @Autowired
    CurrentUsers users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.regionalhealth.reviewcenter.workbench.ReviewWorkflow workflow;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void n1AnEngineFaultStoresAnUnscreenedVerdictAndARetrospectiveEntry() {
        var his = accounts.loadUserByUsername("his");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(his, null, his.getAuthorities()));
        Rule broken = new Rule() {
            @Override
            public RuleMetadata metadata() {
                return RuleMetadata.of("BROKEN", "1", Tier.T0, "故障规则", "test");
            }

            @Override
            public void check(ScreeningContext context, FindingSink findings) {
                throw new IllegalStateException("simulated engine fault");
            }
        };
        var failing = new PrescriptionScreening(
                knowledge,
                ScreeningProperties.defaults(),
                organizations,
                new RuleCatalog(List.of(broken)),
                Clock.systemDefaultZone());
        var submissions = new PrescriptionSubmissions(
                requests,
                store,
                history,
                failing,
                retrospective,
                organizations,
                audit,
                events,
                json,
                workflow,
                clock,
                org.regionalhealth.reviewcenter.ReviewCenterProperties.defaults());
        var hospital = organizations
                .search(
                        new org.regionalhealth.org.UnitQuery(UnitType.HOSPITAL, null, null, null),
                        users.require().scope(),
                        0,
                        1)
                .items()
                .get(0);
        long staff = organizations.staffOf(hospital.id()).stream()
                .filter(StaffMember::prescribingRight)
                .findFirst()
                .orElseThrow()
                .id();
        long openBefore = retrospective.openCount();

        var result = submissions.submit(
                PrescriptionRequest.of(
                        hospital.code(),
                        "N1-" + System.nanoTime(),
                        null,
                        null,
                        org.regionalhealth.reviewcenter.HisPrescriptions.today(),
                        new PrescriptionRequest.PrescriberRef(staff, null),
                        PrescriptionRequest.Patient.of(ResidentFixtures.idNumber("19700101", true), null, null, null),
                        List.of(new PrescriptionRequest.DiagnosisEntry("I10", "高血压")),
                        null,
                        List.of(new PrescriptionRequest.Line(
                                "氨氯地平片", null, null, null, "口服", 5.0, "mg", "qd", 7, null, null, null, null, null))),
                users.require());

        assertThat(result.view().status()).isEqualTo(Verdict.Status.UNSCREENED);
        assertThat(result.view().passes()).isFalse();
        assertThat(result.view().failure()).contains("simulated engine fault");
        assertThat(retrospective.openCount()).isEqualTo(openBefore + 1);
        assertThat(jdbc.sql("select failure from prescriptionreview_retrospective where prescription_id = ?")
                        .param(result.view().id())
                        .query(String.class)
                        .single())
                .contains("BROKEN");
        // issue 4: never a silent pass — an unscreened prescription waits in a pharmacist's queue
        assertThat(jdbc.sql("select review_state from prescriptionreview_prescription where id = ?")
                        .param(result.view().id())
                        .query(String.class)
                        .single())
                .isEqualTo("QUEUED");
        assertThat(jdbc.sql("select count(*) from prescriptionreview_review_task where prescription_id = ?")
                        .param(result.view().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
