package org.regionalhealth.familydoctor.devices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.regionalhealth.familydoctor.chronic.ChronicCare;
import org.regionalhealth.familydoctor.chronic.ChronicCare.ManagementChanged;
import org.regionalhealth.familydoctor.people.People;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Home blood-pressure and glucose readings: stored as uploaded, marked by source, confirmed or rejected by a clinician. */
@Component
public class HomeReadings {

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;
    private final ChronicCare chronic;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    HomeReadings(
            JdbcClient jdbc,
            People people,
            AuditLog audit,
            ChronicCare chronic,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.chronic = chronic;
        this.events = events;
    }

    @Transactional
    public long upload(DeviceReading r, CurrentUser user) {
        if (r.kind().equals("BP") && (r.systolic() == null || r.diastolic() == null)) {
            throw PlatformException.invalidField("BP_REQUIRED", "systolic", "血压读数须含收缩压和舒张压");
        }
        if (r.kind().equals("BP") && r.diastolic() >= r.systolic()) {
            throw PlatformException.invalidField("BP_ORDER", "diastolic", "舒张压须低于收缩压");
        }
        if (r.kind().equals("GLUCOSE") && r.glucose() == null) {
            throw PlatformException.invalidField("GLUCOSE_REQUIRED", "glucose", "血糖读数缺失");
        }
        if (r.measuredAt().isAfter(OffsetDateTime.now(clock).plusMinutes(10))) {
            throw PlatformException.invalidField("MEASURED_IN_FUTURE", "measuredAt", "测量时间不能晚于当前时间");
        }
        var person = people.enrol(r.residentId(), user, "familydoctor device reading");
        long id = jdbc.sql(
                        """
                        insert into familydoctor_device_reading (resident_id, unit_path, kind, systolic, diastolic, heart_rate,
                            glucose, measured_at, device_id, source, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(
                        person.residentId(),
                        person.unitPath(),
                        r.kind(),
                        r.systolic(),
                        r.diastolic(),
                        r.heartRate(),
                        r.glucose(),
                        r.measuredAt(),
                        r.deviceId(),
                        r.source(),
                        user.username())
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "familydoctor_device_reading", List.of(id), "device upload");
        return id;
    }

    /** Readings waiting for a clinician in the user's scope, oldest first. */
    public List<Map<String, Object>> pending(CurrentUser user) {
        var rows = jdbc.sql(
                        """
                        select id, resident_id, kind, systolic, diastolic, heart_rate, glucose, measured_at, device_id, source
                        from familydoctor_device_reading where status = 'PENDING' and unit_path like ?
                        order by measured_at limit 200""")
                .param(user.scope().likePattern())
                .query()
                .listOfRows();
        audit.record(
                AuditLog.Action.SEARCH,
                "resident",
                rows.stream()
                        .map(r -> ((Number) r.get("resident_id")).longValue())
                        .toList(),
                "familydoctor device readings pending");
        return rows;
    }

    /**
     * A clinician confirms or rejects a reading (e.g. a cuff put on wrongly). A confirmed reading is classified by the
     * rule set in force and from then on counts in the control rate as the latest reading of its day
     * (docs/indicators.md); a glucose reading counts only when the clinician confirms it was taken fasting, because
     * the target (<7.0 mmol/L) is a fasting one. Pending and rejected readings count nowhere.
     */
    @Transactional
    public void review(long id, boolean confirm, boolean fasting, CurrentUser user) {
        var reading = jdbc.sql(
                        """
                        select resident_id, kind, systolic, diastolic, glucose, measured_at from familydoctor_device_reading
                        where id = ? and status = 'PENDING' and unit_path like ? for update""")
                .params(id, user.scope().likePattern())
                .query((rs, n) -> new Object[] {
                    rs.getLong("resident_id"),
                    rs.getString("kind"),
                    rs.getObject("systolic", Integer.class),
                    rs.getObject("diastolic", Integer.class),
                    rs.getBigDecimal("glucose"),
                    rs.getObject("measured_at", OffsetDateTime.class)
                })
                .optional()
                .orElseThrow(() -> PlatformException.notFound("READING_NOT_FOUND", "读数不存在、已处理或不在您的权限范围内"));
        Boolean onTarget = null;
        if (confirm && (reading[1].equals("BP") || fasting)) {
            var day = ((OffsetDateTime) reading[5])
                    .atZoneSameInstant(clock.getZone())
                    .toLocalDate();
            onTarget = chronic.readingOnTarget(
                            (Long) reading[0],
                            (String) reading[1],
                            day,
                            (Integer) reading[2],
                            (Integer) reading[3],
                            (java.math.BigDecimal) reading[4])
                    .orElse(null);
        }
        jdbc.sql(
                        """
                        update familydoctor_device_reading set status = ?, on_target = ?, reviewed_by = ?, reviewed_at = now()
                        where id = ?""")
                .params(confirm ? "CONFIRMED" : "REJECTED", onTarget, user.username(), id)
                .update();
        audit.record(
                AuditLog.Action.UPDATE,
                "familydoctor_device_reading",
                List.of(id),
                confirm ? (onTarget == null ? "confirm (not counted)" : "confirm") : "reject");
        if (onTarget != null) {
            people.find((Long) reading[0]).ifPresent(p -> events.publishEvent(new ManagementChanged(p.unitId())));
        }
    }
}
