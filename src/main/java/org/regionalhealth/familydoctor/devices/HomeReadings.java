package org.regionalhealth.familydoctor.devices;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.regionalhealth.familydoctor.people.People;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Home blood-pressure and glucose readings: stored as uploaded, marked by source, confirmed or rejected by a clinician. */
@Component
public class HomeReadings {

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;

    HomeReadings(JdbcClient jdbc, People people, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
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
        if (r.measuredAt().isAfter(OffsetDateTime.now().plusMinutes(10))) {
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

    /** A clinician confirms or rejects a reading (e.g. a cuff put on wrongly). */
    @Transactional
    public void review(long id, boolean confirm, CurrentUser user) {
        int n = jdbc.sql(
                        """
                        update familydoctor_device_reading set status = ?, reviewed_by = ?, reviewed_at = now()
                        where id = ? and status = 'PENDING' and unit_path like ?""")
                .params(
                        confirm ? "CONFIRMED" : "REJECTED",
                        user.username(),
                        id,
                        user.scope().likePattern())
                .update();
        if (n == 0) {
            throw PlatformException.notFound("READING_NOT_FOUND", "读数不存在、已处理或不在您的权限范围内");
        }
        audit.record(
                AuditLog.Action.UPDATE, "familydoctor_device_reading", List.of(id), confirm ? "confirm" : "reject");
    }
}
