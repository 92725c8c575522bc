package org.regionalhealth.appointments.fhir;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The slots (号源) as FHIR sees them: each with the status a caller can act on now. {@code free} is a released slot
 * of an open session that has not ended, not held back for family-doctor referrals (unless the caller books
 * referrals); {@code busy} is taken; {@code busy-unavailable} is not bookable yet (not released, reserved) or no more
 * (stopped, over).
 */
@Component
class SlotQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    SlotQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One slot with its session's facts. */
    record SlotRow(
            long id,
            long sessionId,
            long unitId,
            String departmentCode,
            Instant startsAt,
            int slotMinutes,
            boolean reserved,
            String fhirStatus) {}

    private static final String SELECT =
            """
            select * from (
              select sl.id, sl.session_id, s.unit_id, s.department_code, s.day, sl.starts_at, s.slot_minutes, sl.reserved,
                     case when sl.status <> 'AVAILABLE' then 'busy'
                          when s.status <> 'OPEN' or s.release_at > :now or s.ends_at <= :now then 'busy-unavailable'
                          when sl.reserved and s.priority_until > :now and not :referral then 'busy-unavailable'
                          else 'free' end as fhir_status
              from appointments_slot sl join appointments_session s on s.id = sl.session_id
              where s.service_type = 'OUTPATIENT'
                and (cast(:dept as varchar) is null or s.department_code = :dept)
                and (cast(:day as date) is null or s.day = :day)
                and (cast(:session as bigint) is null or s.id = :session)
                and (cast(:unit as bigint) is null or s.unit_id = :unit)
                and (cast(:slot as bigint) is null or sl.id = :slot)
            ) x where (cast(:status as varchar) is null or fhir_status = :status)
            """;

    List<SlotRow> search(
            @Nullable String departmentCode,
            @Nullable LocalDate day,
            @Nullable Long sessionId,
            @Nullable Long unitId,
            @Nullable String status,
            boolean referral,
            int limit) {
        return spec(departmentCode, day, sessionId, unitId, null, status, referral, limit)
                .query(SlotQueries::row)
                .list();
    }

    Optional<SlotRow> find(long slotId, boolean referral) {
        return spec(null, null, null, null, slotId, null, referral, 1)
                .query(SlotQueries::row)
                .optional();
    }

    private JdbcClient.StatementSpec spec(
            @Nullable String dept,
            @Nullable LocalDate day,
            @Nullable Long session,
            @Nullable Long unit,
            @Nullable Long slot,
            @Nullable String status,
            boolean referral,
            int limit) {
        return jdbc.sql(SELECT + " order by starts_at, id limit :limit")
                .param("now", Timestamp.from(clock.instant()))
                .param("referral", referral)
                .param("dept", dept)
                .param("day", day)
                .param("session", session)
                .param("unit", unit)
                .param("slot", slot)
                .param("status", status)
                .param("limit", limit);
    }

    private static SlotRow row(ResultSet rs, int n) throws SQLException {
        return new SlotRow(
                rs.getLong("id"),
                rs.getLong("session_id"),
                rs.getLong("unit_id"),
                rs.getString("department_code"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("slot_minutes"),
                rs.getBoolean("reserved"),
                rs.getString("fhir_status"));
    }
}
