package org.regionalhealth.reviewcenter.demoyear;

import java.time.Instant;
import org.regionalhealth.org.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the demo year once, after the demo district (units and staff) exists: {@code small} scale 48,000
 * prescriptions (the small demo district has 1% of the residents, so 1% of the real centre's year), {@code full}
 * 4.8 million (the benchmark figure); {@code rhp.prescription-review.demo-year.prescriptions} overrides the count
 * (the tests' 3,000-resident district uses 3,000). One transaction: all or nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class DemoYearRunner implements ApplicationRunner {

    static final int SMALL = 48_000;
    static final int FULL = 4_800_000;

    private static final Logger log = LoggerFactory.getLogger(DemoYearRunner.class);

    private final DemoYearGenerator generator;
    private final TransactionTemplate transactions;
    private final Organizations organizations;
    private final long seed;
    private final String scale;
    private final int prescriptions;
    private final int threads;

    DemoYearRunner(
            DemoYearGenerator generator,
            TransactionTemplate transactions,
            Organizations organizations,
            @Value("${rhp.demo.seed:20260101}") long seed,
            @Value("${rhp.demo.scale:small}") String scale,
            @Value("${rhp.prescription-review.demo-year.prescriptions:0}") int prescriptions,
            @Value("${rhp.prescription-review.demo-year.threads:2}") int threads) {
        this.generator = generator;
        this.transactions = transactions;
        this.organizations = organizations;
        this.seed = seed;
        this.scale = scale;
        this.prescriptions = prescriptions;
        this.threads = threads;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organizations.summary().getOrDefault("HOSPITAL", 0L) == 0) {
            log.info("No demo district: no demo year of prescriptions");
            return;
        }
        if (generator.generated()) {
            log.info("Demo year of prescriptions already generated");
            return;
        }
        int count = prescriptions > 0 ? prescriptions : "full".equalsIgnoreCase(scale) ? FULL : SMALL;
        var result = transactions.execute(status -> generator.generate(count, seed, Instant.now(), threads));
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
