package org.regionalhealth.appointments.booking;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks appointments of ended sessions without a check-in as no-shows (爽约), every ten minutes. */
@Component
class NoShowSweeper {

    private static final Logger log = LoggerFactory.getLogger(NoShowSweeper.class);

    private final Bookings bookings;

    NoShowSweeper(Bookings bookings) {
        this.bookings = bookings;
    }

    @Scheduled(
            fixedDelayString = "${rhp.appointments.no-show-sweep-ms:600000}",
            initialDelayString = "${rhp.appointments.no-show-sweep-initial-ms:120000}")
    @SchedulerLock(name = "appointments.no-show-sweep", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void sweep() {
        int marked = bookings.markNoShows();
        if (marked > 0) {
            log.info("Appointments: {} no-shows marked", marked);
        }
    }
}
