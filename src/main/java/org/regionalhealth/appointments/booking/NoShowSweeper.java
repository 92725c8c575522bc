package org.regionalhealth.appointments.booking;

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

    @Scheduled(fixedDelayString = "${rhp.appointments.no-show-sweep-ms:600000}", initialDelay = 120_000)
    void sweep() {
        int marked = bookings.markNoShows();
        if (marked > 0) {
            log.info("Appointments: {} no-shows marked", marked);
        }
    }
}
