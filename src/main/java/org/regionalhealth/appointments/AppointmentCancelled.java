package org.regionalhealth.appointments;

/**
 * An appointment ended without a visit: cancelled by the resident or staff, or stopped because the session was
 * stopped (停诊).
 *
 * @param status {@link AppointmentStatus#CANCELLED} or {@link AppointmentStatus#STOPPED}
 */
public record AppointmentCancelled(
        long appointmentId, long residentId, long unitId, String serviceType, AppointmentStatus status) {}
