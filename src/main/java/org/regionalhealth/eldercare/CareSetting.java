package org.regionalhealth.eldercare;

/** Where integrated medical and elderly care (医养结合) is given: at home, in a nursing home or in hospital. */
public enum CareSetting {
    HOME,
    NURSING_HOME,
    HOSPITAL
}
