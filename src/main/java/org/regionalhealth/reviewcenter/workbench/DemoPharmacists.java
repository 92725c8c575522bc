package org.regionalhealth.reviewcenter.workbench;

import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Review profiles of the demo accounts (the demo module creates the accounts): {@code senior-pharmacist} takes
 * escalated tasks; {@code pharmacist} keeps the default (every skill, not senior). Only where no profile exists yet.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class DemoPharmacists implements ApplicationRunner {

    static final String SENIOR = "senior-pharmacist";

    private final Pharmacists pharmacists;
    private final JdbcClient jdbc;

    DemoPharmacists(Pharmacists pharmacists, JdbcClient jdbc) {
        this.pharmacists = pharmacists;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean exists = jdbc.sql("select exists(select 1 from prescriptionreview_pharmacist where username = ?)")
                .param(SENIOR)
                .query(Boolean.class)
                .single();
        if (!exists) {
            pharmacists.save(SENIOR, EnumSet.noneOf(Skill.class), true);
        }
    }
}
