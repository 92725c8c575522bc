package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A 医养结合 care plan: goals and services in one setting at a time, reviewed by a day; active until closed. */
public record CarePlan(
        long id,
        long residentId,
        CareSetting setting,
        String place,
        String goals,
        List<String> services,
        LocalDate startsOn,
        LocalDate reviewOn,
        boolean active,
        @Nullable LocalDate closedOn,
        String createdBy) {}
