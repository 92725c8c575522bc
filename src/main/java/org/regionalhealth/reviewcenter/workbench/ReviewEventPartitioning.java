package org.regionalhealth.reviewcenter.workbench;

import org.regionalhealth.platform.PartitionedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review ledger's events are partitioned by month on {@code at} (reviewcenter V8, ADR 0016), the findings on
 * {@code opened_at} (V9). They are kept three
 * years, the longest keeping time of the prescriptions they describe (《处方管理办法》第五十条: ordinary, emergency and
 * children's prescriptions one year, second-class psychotropic and toxic-drug prescriptions two, narcotic and
 * first-class psychotropic prescriptions three); whole older months are detached into schema {@code archive}.
 */
@Configuration(proxyBeanMethods = false)
class ReviewEventPartitioning {

    static final int RETENTION_DAYS = 3 * 366;

    @Bean
    PartitionedTable reviewEventPartitions() {
        return new PartitionedTable("prescriptionreview_review_event", RETENTION_DAYS);
    }

    /** Findings (reviewcenter V9), by the month of the screening that raised them; kept as long as the events. */
    @Bean
    PartitionedTable findingPartitions() {
        return new PartitionedTable("prescriptionreview_finding", RETENTION_DAYS);
    }
}
