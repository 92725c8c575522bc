package org.regionalhealth.reviewcenter.demo;

import java.time.Clock;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.regionalhealth.reviewcenter.demoyear.DemoYearGenerator;
import org.regionalhealth.reviewcenter.workbench.Pharmacists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review center's demo data (docs/adr/0011-platform-conventions.md), called by module {@code demo} after the
 * seeders of the modules it depends on (the drugs catalogue among them), the demo district's units and staff being
 * there already: the review profile of {@code senior-pharmacist} (who takes escalated tasks; {@code pharmacist} keeps
 * the default: every skill, not senior), then the demo year of prescriptions, written once in one transaction (all or
 * nothing). Its size comes from {@link ReviewCenterProperties.DemoYear} ({@code rhp.prescription-review.demo-year.*})
 * and the scale of {@link DemoSettings}; its randomness from the demo's seed.
 */
@Component
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class ReviewCenterDemoSeeder implements DemoSeeder {

    static final String SENIOR = "senior-pharmacist";

    private static final Logger log = LoggerFactory.getLogger(ReviewCenterDemoSeeder.class);

    private final Pharmacists pharmacists;
    private final DemoYearGenerator generator;
    private final TransactionTemplate transactions;
    private final Organizations organizations;
    private final ReviewCenterProperties.DemoYear demoYear;
    private final Clock clock;

    ReviewCenterDemoSeeder(
            Pharmacists pharmacists,
            DemoYearGenerator generator,
            TransactionTemplate transactions,
            Organizations organizations,
            ReviewCenterProperties properties,
            Clock clock) {
        this.pharmacists = pharmacists;
        this.generator = generator;
        this.transactions = transactions;
        this.organizations = organizations;
        this.demoYear = properties.demoYear();
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        pharmacists.seniorUnlessProfiled(SENIOR);
        if (organizations.summary().getOrDefault("HOSPITAL", 0L) == 0) {
            log.info("No demo district: no demo year of prescriptions");
            return;
        }
        if (generator.generated()) {
            log.info("Demo year of prescriptions already generated");
            return;
        }
        int count = demoYear.count(settings.fullScale());
        var result = transactions.execute(
                status -> generator.generate(count, settings.seed(), clock.instant(), demoYear.threads()));
        log.info(
                "Demo year: {} prescriptions ({} flagged, {} open review rounds), {} review rounds, {} events,"
                        + " {} findings; screening and storage {} ms ({} prescriptions/s), rollup {} ms",
                result.prescriptions(),
                result.flagged(),
                result.openTasks(),
                result.tasks(),
                result.events(),
                result.findings(),
                result.screeningAndStorage().toMillis(),
                result.prescriptions()
                        * 1000L
                        / Math.max(1, result.screeningAndStorage().toMillis()),
                result.rollupBuild().toMillis());
        if (log.isDebugEnabled()) {
            log.debug("Demo year findings per rule and action: {}", generator.findingsPerRule());
        }
    }
}
