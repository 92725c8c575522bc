package org.regionalhealth.eldercare;

/** Why a family sickbed was closed (撤床原因). */
public enum DischargeReason {
    IMPROVED,
    PERIOD_ENDED,
    HOSPITALISED,
    HOSPICE,
    DIED,
    FAMILY_REQUEST
}
