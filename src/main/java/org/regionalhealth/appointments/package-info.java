/**
 * Appointments (预约挂号与24小时分诊, issue 18): schedules and numbered slots (号源) of the district's hospitals and
 * community health centres, with release rules, fees, family-doctor priority slots and 停诊 notices; real-name booking
 * with per-resident limits, cancellation deadline, no-show suspension, wait-list and check-in with a queue number; the
 * 24-hour triage that sends red flags to 120 first and everything else to a department with its earliest slots.
 *
 * <p>The booking API in this package ({@link org.regionalhealth.appointments.AppointmentBooking}) is generic over a
 * service type per session, so other modules (vaccination) can book their own slots. Facts for others are the events
 * {@link org.regionalhealth.appointments.AppointmentBooked}, {@link org.regionalhealth.appointments.AppointmentCancelled}
 * and {@link org.regionalhealth.appointments.AppointmentAttended}.
 */
@ApplicationModule(
        displayName = "预约挂号 Appointments",
        allowedDependencies = {"platform", "org", "residents", "semantic"})
package org.regionalhealth.appointments;

import org.springframework.modulith.ApplicationModule;
