package org.regionalhealth.reviewcenter.demoyear;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock each screening thread sets to the moment the demo prescription was written, so one
 * {@code PrescriptionScreening} (and its institution cache) screens a whole year as if on each day: validity and
 * patient age are judged on the day of issue, as they were when the prescription was signed.
 */
final class DayClock extends Clock {

    private final ZoneId zone;
    private final ThreadLocal<Instant> now = ThreadLocal.withInitial(Instant::now);

    DayClock(ZoneId zone) {
        this.zone = zone;
    }

    void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed zone");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
