package org.regionalhealth.eldercare;

/** Where a hospice patient died. */
public enum PlaceOfDeath {
    WARD,
    HOME,
    OTHER_HOSPITAL
}
