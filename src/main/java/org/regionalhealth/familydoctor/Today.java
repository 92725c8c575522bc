package org.regionalhealth.familydoctor;

import java.time.LocalDate;
import java.time.ZoneId;

/** The date in Xiaoshan: due dates, visit dates and periods are Beijing-time calendar days, whatever the server zone. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Today() {}

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
