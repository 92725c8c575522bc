package org.regionalhealth.vaccination.schedule;

/** Where a dose stands on the forecast day. */
public enum DoseStatus {
    /** Past the completion deadline or the timeliness window, and still allowed: catch up (补种). */
    OVERDUE,
    /** Allowed today and not yet late. */
    DUE,
    /** Not yet allowed (minimum age, interval, or the 28-day live-vaccine rule). */
    UPCOMING,
    /** The series is complete (for influenza: this season). */
    COMPLETE,
    /** Too old for this dose: no catch-up (BCG from 4 years, programme doses from 18 years). */
    AGED_OUT
}
