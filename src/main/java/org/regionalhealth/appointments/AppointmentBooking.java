package org.regionalhealth.appointments;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;

/**
 * Booking of slots (号源), generic over the service type of a session ({@code OUTPATIENT} for clinics; another module
 * plans sessions of its own type and books them here). Every call checks the user's scope, audits and publishes its
 * event in the writing transaction; a refusal is a {@link org.regionalhealth.platform.PlatformException} with a
 * Chinese message and nothing written.
 */
public interface AppointmentBooking {

    /**
     * Books this slot for the resident.
     *
     * @param triageId the triage that led to the booking (a red-flag triage never books), or {@code null}
     */
    Appointment book(long slotId, long residentId, @Nullable Long triageId, CurrentUser user);

    /** Books the earliest free slot of a session (the release-time rush: "give me a number of this clinic"). */
    Appointment bookNext(long sessionId, long residentId, @Nullable Long triageId, CurrentUser user);

    /** Cancels before the deadline; the freed slot goes to the first resident on the session's wait-list. */
    Appointment cancel(long appointmentId, CurrentUser user);

    /** Check-in on arrival on the day: a queue number and the expected wait. */
    CheckIn checkIn(long appointmentId, CurrentUser user);

    /** Free, released slots of a service type in a department, earliest first, from {@code after}. */
    List<FreeSlot> earliestFree(
            String serviceType, String departmentCode, List<Long> unitIds, Instant after, int limit, CurrentUser user);

    /** The result of a check-in. */
    record CheckIn(Appointment appointment, int queueNumber, int expectedWaitMinutes) {}
}
