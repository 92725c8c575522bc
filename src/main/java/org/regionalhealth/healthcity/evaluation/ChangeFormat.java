package org.regionalhealth.healthcity.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.Numbers;
import org.springframework.stereotype.Component;

/**
 * Formats of the health-city pages: {@code ${@hc.signed(t.change())}} → {@code +2.3}; {@code ${@hc.day(instant)}}
 * and {@code ${@hc.time(instant)}} in the district's zone.
 */
@Component("hc")
class ChangeFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    ChangeFormat(Clock clock) {
        this.clock = clock;
    }

    public String signed(@Nullable Double value) {
        return Numbers.signed(value);
    }

    public String day(@Nullable Instant at) {
        return at == null ? "—" : DAY.format(at.atZone(clock.getZone()));
    }

    public String time(@Nullable Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(clock.getZone()));
    }
}
