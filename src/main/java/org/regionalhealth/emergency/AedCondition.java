package org.regionalhealth.emergency;

import java.time.LocalDate;

/**
 * What an AED needs, on a given day, as the registry's map and lists show it; the first that applies wins: retired,
 * in maintenance, pads or battery expired, monthly check overdue, pads or battery expiring within the warning
 * window, else ready.
 */
public enum AedCondition {
    READY,
    EXPIRING,
    INSPECTION_OVERDUE,
    EXPIRED,
    MAINTENANCE,
    RETIRED;

    /**
     * @param rules the inspection interval and the expiry warning window ({@link AedCareRules})
     */
    public static AedCondition of(Aed aed, LocalDate today, AedCareRules rules) {
        if (aed.status() == AedStatus.RETIRED) {
            return RETIRED;
        }
        if (aed.status() == AedStatus.MAINTENANCE) {
            return MAINTENANCE;
        }
        if (today.isAfter(aed.padExpiry()) || today.isAfter(aed.batteryExpiry())) {
            return EXPIRED;
        }
        if (rules.inspectionOverdue(aed.lastInspection(), today)) {
            return INSPECTION_OVERDUE;
        }
        if (rules.expiringSoon(aed.padExpiry(), today) || rules.expiringSoon(aed.batteryExpiry(), today)) {
            return EXPIRING;
        }
        return READY;
    }

    /** Whether the owner must act (everything but ready and retired). */
    public boolean needsAction() {
        return this != READY && this != RETIRED;
    }
}
