package org.regionalhealth.appointments.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.AppointmentStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a booking history in bulk (the demo's past weeks, a migration from a hospital's old system): the same rows
 * and slot states that booking, check-in, cancellation and the no-show sweep leave, without one transaction per
 * booking. No events are published: history is not news.
 */
@Component
public class History {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    History(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * One past or future appointment.
     *
     * @param seq the slot's number in its session
     * @param checkedInAt for ATTENDED
     * @param diagnosisIcd10 the visit's diagnosis (ATTENDED only), as the HIS reports it back
     */
    public record Entry(
            long sessionId,
            int seq,
            long residentId,
            AppointmentStatus status,
            Instant bookedAt,
            @Nullable Instant checkedInAt,
            @Nullable Integer queueNumber,
            @Nullable String diagnosisIcd10,
            @Nullable String diagnosisText) {}

    /** Writes the entries of one session (slots they name must be free). */
    public void write(long sessionId, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var args = new ArrayList<Object[]>();
        for (var e : entries) {
            args.add(new Object[] {
                e.status().name(),
                Timestamp.from(e.bookedAt()),
                e.checkedInAt() == null ? null : Timestamp.from(e.checkedInAt()),
                e.queueNumber(),
                e.diagnosisIcd10(),
                e.diagnosisText(),
                e.status() == AppointmentStatus.CANCELLED
                        ? Timestamp.from(e.bookedAt().plusSeconds(3600))
                        : null,
                e.residentId(),
                sessionId,
                e.seq()
            });
        }
        template.batchUpdate(
                """
                insert into appointments_appointment (status, booked_at, checked_in_at, queue_number, diagnosis_icd10,
                    diagnosis_text, cancelled_at, resident_id, slot_id, session_id, unit_id, unit_path, department_code,
                    service_type, day, starts_at, booked_by)
                select ?, ?, ?, ?, ?, ?, ?, ?, sl.id, s.id, s.unit_id, s.unit_path, s.department_code, s.service_type, s.day,
                       sl.starts_at, 'history'
                from appointments_session s join appointments_slot sl on sl.session_id = s.id
                where s.id = ? and sl.seq = ?""",
                args);
        jdbc.sql(
                        """
                        update appointments_slot sl set status = 'BOOKED', appointment_id = a.id
                        from appointments_appointment a
                        where a.slot_id = sl.id and a.session_id = ? and a.status in ('BOOKED', 'ATTENDED', 'NO_SHOW')""")
                .param(sessionId)
                .update();
    }

    /** Whether any appointment exists (the demo writes its history once). */
    public boolean any() {
        return jdbc.sql("select exists(select 1 from appointments_appointment)")
                .query(Boolean.class)
                .single();
    }
}
