package org.regionalhealth.emergency.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.regionalhealth.emergency.AedInspection;
import org.regionalhealth.emergency.AedInspections;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks in {@code emergency_aed_inspection}; the AED's last inspection and status follow the latest check. */
@Service
class JdbcAedInspections implements AedInspections {

    private final JdbcClient jdbc;
    private final JdbcAedRegistry registry;
    private final Clock clock;

    JdbcAedInspections(JdbcClient jdbc, JdbcAedRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long record(
            long aedId,
            LocalDate inspectedOn,
            String inspector,
            boolean lightOk,
            boolean padsOk,
            boolean batteryOk,
            boolean cabinetOk,
            String note,
            CurrentUser user) {
        var aed = registry.find(aedId).orElseThrow(() -> PlatformException.notFound("AED_NOT_FOUND", "未找到该AED"));
        var errors = new LinkedHashMap<String, String>();
        if (inspectedOn.isAfter(LocalDate.now(clock))) {
            errors.put("inspectedOn", "检查日期不能晚于今天");
        } else if (inspectedOn.getYear() < 2000) {
            errors.put("inspectedOn", "检查日期有误");
        }
        if (inspector.isBlank()) {
            errors.put("inspector", "请填写检查人");
        } else if (inspector.strip().length() > 64) {
            errors.put("inspector", "检查人不超过64个字");
        }
        if (note.length() > 300) {
            errors.put("note", "备注不超过300字");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "AED_INSPECTION_INVALID", String.join("；", errors.values()), errors);
        }
        boolean passed = lightOk && padsOk && batteryOk && cabinetOk;
        long id = jdbc.sql(
                        """
                        insert into emergency_aed_inspection (aed_id, inspected_on, inspector, light_ok, pads_ok,
                            battery_ok, cabinet_ok, passed, note, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        aedId,
                        inspectedOn,
                        inspector.strip(),
                        lightOk,
                        padsOk,
                        batteryOk,
                        cabinetOk,
                        passed,
                        note.strip(),
                        user.username(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        boolean latest = aed.lastInspection() == null || !inspectedOn.isBefore(aed.lastInspection());
        if (latest) {
            AedStatus status = aed.status();
            if (!passed && status == AedStatus.IN_SERVICE) {
                status = AedStatus.MAINTENANCE;
            } else if (passed && status == AedStatus.MAINTENANCE) {
                status = AedStatus.IN_SERVICE;
            }
            jdbc.sql("update emergency_aed set last_inspection = ?, status = ? where id = ?")
                    .params(inspectedOn, status.name(), aedId)
                    .update();
            registry.changed();
        }
        return id;
    }

    @Override
    public List<AedInspection> of(long aedId) {
        return jdbc.sql("select * from emergency_aed_inspection where aed_id = ? order by inspected_on desc, id desc")
                .param(aedId)
                .query((rs, row) -> new AedInspection(
                        rs.getLong("id"),
                        rs.getLong("aed_id"),
                        rs.getDate("inspected_on").toLocalDate(),
                        rs.getString("inspector"),
                        rs.getBoolean("light_ok"),
                        rs.getBoolean("pads_ok"),
                        rs.getBoolean("battery_ok"),
                        rs.getBoolean("cabinet_ok"),
                        rs.getBoolean("passed"),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
