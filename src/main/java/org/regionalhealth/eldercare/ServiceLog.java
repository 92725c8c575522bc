package org.regionalhealth.eldercare;

import java.time.LocalDate;

/** A service a caregiver gave under a care plan (服务记录), in the setting of the plan on that day. */
public record ServiceLog(
        long id,
        long planId,
        LocalDate servedOn,
        CareSetting setting,
        String caregiver,
        String service,
        int minutes,
        String note) {}
