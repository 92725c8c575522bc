package org.regionalhealth.emergency;

/** State of a registered AED; only {@code IN_SERVICE} devices are offered to the public. */
public enum AedStatus {
    IN_SERVICE,
    MAINTENANCE,
    RETIRED
}
