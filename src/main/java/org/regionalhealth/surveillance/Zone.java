package org.regionalhealth.surveillance;

import java.time.LocalDate;
import java.time.ZoneId;

/** The district's calendar: "today" for checks, rules and signals is China Standard Time. */
public final class Zone {

    public static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private Zone() {}

    public static LocalDate today() {
        return LocalDate.now(DISTRICT);
    }
}
