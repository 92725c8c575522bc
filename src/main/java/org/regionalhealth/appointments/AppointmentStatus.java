package org.regionalhealth.appointments;

/** The life of an appointment: booked → attended (checked in) | cancelled | no-show | stopped (停诊). */
public enum AppointmentStatus {
    BOOKED,
    ATTENDED,
    CANCELLED,
    NO_SHOW,
    STOPPED
}
