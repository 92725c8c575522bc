package org.regionalhealth.emergency.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.AccessHours;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.AedRegistered;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.emergency.BuildingType;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.emergency.NearbyAed;
import org.regionalhealth.emergency.NearestAeds;
import org.regionalhealth.emergency.NewAed;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry in PostgreSQL, with an in-memory copy of all AEDs for the nearest search (reloaded after every
 * registration in this process).
 */
@Service
class JdbcAedRegistry implements AedRegistry, NearestAeds {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EmergencyProperties properties;
    private volatile @Nullable List<Aed> snapshot;

    JdbcAedRegistry(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, EmergencyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.properties = properties;
    }

    @Override
    @Transactional
    public long register(NewAed a) {
        if (serialTaken(a.serialNumber(), 0)) {
            throw serialConflict(a.serialNumber());
        }
        Instant now = Instant.now(clock);
        long id = jdbc.sql(
                        """
                        insert into emergency_aed (town_code, lat, lng, building, building_type, floor, location,
                            access_hours, owner, contact_phone, model, serial_number, pad_expiry, battery_expiry,
                            last_inspection, status, registered_at)
                        values (:town, :lat, :lng, :building, :type, :floor, :location, :hours, :owner, :phone,
                            :model, :serial, :pad, :battery, :inspection, :status, :at)
                        returning id
                        """)
                .params(paramsMap(a))
                .param("at", java.sql.Timestamp.from(now))
                .query(Long.class)
                .single();
        changed();
        events.publishEvent(new AedRegistered(id, a.townCode(), a.lat(), a.lng(), now));
        return id;
    }

    @Override
    @Transactional
    public List<Long> registerAll(List<NewAed> aeds) {
        var ids = new java.util.ArrayList<Long>(aeds.size());
        for (NewAed a : aeds) {
            ids.add(register(a));
        }
        return ids;
    }

    @Override
    @Transactional
    public void update(long id, NewAed a, CurrentUser user) {
        if (find(id).isEmpty()) {
            throw PlatformException.notFound("AED_NOT_FOUND", "未找到该AED");
        }
        if (serialTaken(a.serialNumber(), id)) {
            throw serialConflict(a.serialNumber());
        }
        jdbc.sql(
                        """
                        update emergency_aed set town_code = :town, lat = :lat, lng = :lng, building = :building,
                            building_type = :type, floor = :floor, location = :location, access_hours = :hours,
                            owner = :owner, contact_phone = :phone, model = :model, serial_number = :serial,
                            pad_expiry = :pad, battery_expiry = :battery, last_inspection = :inspection,
                            status = :status, updated_at = :at, updated_by = :by
                         where id = :id
                        """)
                .params(paramsMap(a))
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("by", user.username())
                .param("id", id)
                .update();
        changed();
    }

    @Override
    public Optional<Aed> find(long id) {
        return jdbc.sql("select * from emergency_aed where id = ?")
                .param(id)
                .query(JdbcAedRegistry::map)
                .optional();
    }

    @Override
    public boolean serialTaken(String serialNumber, long exceptId) {
        return jdbc.sql("select count(*) from emergency_aed where serial_number = ? and id <> ?")
                        .params(serialNumber.strip(), exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static PlatformException serialConflict(String serial) {
        return new PlatformException(
                HttpStatus.CONFLICT,
                "AED_SERIAL_TAKEN",
                "序列号 " + serial + " 已登记",
                Map.of("serialNumber", "序列号 " + serial + " 已登记"));
    }

    private static Map<String, Object> paramsMap(NewAed a) {
        var p = new java.util.HashMap<String, Object>();
        p.put("town", a.townCode());
        p.put("lat", a.lat());
        p.put("lng", a.lng());
        p.put("building", a.building());
        p.put("type", a.buildingType().name());
        p.put("floor", a.floor());
        p.put("location", a.location());
        p.put("hours", a.hours().format());
        p.put("owner", a.owner());
        p.put("phone", a.contactPhone());
        p.put("model", a.model());
        p.put("serial", a.serialNumber());
        p.put("pad", a.padExpiry());
        p.put("battery", a.batteryExpiry());
        p.put("inspection", a.lastInspection());
        p.put("status", a.status().name());
        return p;
    }

    /** The in-memory copy is stale: drop it now and again after commit (a reader may reload it meanwhile). */
    public void changed() {
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        }
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from emergency_aed").query(Long.class).single();
    }

    @Override
    public List<Aed> all() {
        var current = snapshot;
        if (current == null) {
            current = jdbc.sql("select * from emergency_aed order by id")
                    .query(JdbcAedRegistry::map)
                    .list();
            snapshot = current;
        }
        return current;
    }

    @Override
    public List<NearbyAed> nearest(double lat, double lng, LocalDateTime at, int k) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.put("lat", "纬度应在 -90 到 90 之间");
        }
        if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
            errors.put("lng", "经度应在 -180 到 180 之间");
        }
        if (k < 1 || k > MAX_K) {
            errors.put("k", "数量应在 1 到 " + MAX_K + " 之间");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "AED_QUERY_INVALID", "查询参数有误：" + String.join("；", errors.values()), errors);
        }
        return AedSearch.nearest(all(), lat, lng, at, k, properties.detourFactor(), properties.walkingSpeed());
    }

    @Override
    public List<NearbyAed> nearestNow(double lat, double lng, int k) {
        return nearest(lat, lng, LocalDateTime.now(clock), k);
    }

    @Override
    public EmergencyProperties walkingModel() {
        return properties;
    }

    private static Aed map(ResultSet rs, int row) throws SQLException {
        var inspection = rs.getDate("last_inspection");
        return new Aed(
                rs.getLong("id"),
                rs.getString("town_code"),
                rs.getDouble("lat"),
                rs.getDouble("lng"),
                rs.getString("building"),
                BuildingType.valueOf(rs.getString("building_type")),
                rs.getString("floor"),
                rs.getString("location"),
                AccessHours.parse(rs.getString("access_hours")),
                rs.getString("owner"),
                rs.getString("contact_phone"),
                rs.getString("model"),
                rs.getString("serial_number"),
                rs.getDate("pad_expiry").toLocalDate(),
                rs.getDate("battery_expiry").toLocalDate(),
                inspection == null ? null : inspection.toLocalDate(),
                AedStatus.valueOf(rs.getString("status")));
    }
}
