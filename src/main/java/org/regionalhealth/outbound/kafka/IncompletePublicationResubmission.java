package org.regionalhealth.outbound.kafka;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionalhealth.outbound.OutboundFacts;
import org.regionalhealth.outbound.OutboundProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again what the broker did not acknowledge: every publication of an externalised fact still incomplete
 * {@code rhp.outbound.resubmit-after} after it was made (broker down, node stopped between commit and
 * acknowledgement). Delivery is therefore at least once; consumers key on the message key and the fact's ids. A
 * restart resubmits as well ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
public class IncompletePublicationResubmission {

    private static final Logger log = LoggerFactory.getLogger(IncompletePublicationResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final OutboundProperties properties;
    private final Clock clock;

    IncompletePublicationResubmission(
            IncompleteEventPublications incomplete, OutboundProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${rhp.outbound.resubmit-every:PT1M}",
            initialDelayString = "${rhp.outbound.resubmit-every:PT1M}")
    @SchedulerLock(name = "outbound.resubmission", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void scheduled() {
        if (!properties.resubmitEvery().isNegative()
                && !properties.resubmitEvery().isZero()) {
            resubmit();
        }
    }

    /** Resubmits the incomplete publications of externalised facts older than the threshold; returns how many. */
    public int resubmit() {
        Instant before = Instant.now(clock).minus(properties.resubmitAfter());
        AtomicInteger count = new AtomicInteger();
        incomplete.resubmitIncompletePublications(publication -> {
            boolean due = OutboundFacts.externalised(publication.getEvent())
                    && !publication.getPublicationDate().isAfter(before);
            if (due) {
                count.incrementAndGet();
            }
            return due;
        });
        if (count.get() > 0) {
            log.warn("Resubmitted {} outbound event publications the broker had not acknowledged", count.get());
        }
        return count.get();
    }
}
