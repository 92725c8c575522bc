package org.regionalhealth.emergency.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                .param("town", a.townCode())
                .param("lat", a.lat())
                .param("lng", a.lng())
                .param("building", a.building())
                .param("type", a.buildingType().name())
                .param("floor", a.floor())
                .param("location", a.location())
                .param("hours", a.hours().format())
                .param("owner", a.owner())
                .param("phone", a.contactPhone())
                .param("model", a.model())
                .param("serial", a.serialNumber())
                .param("pad", a.padExpiry())
                .param("battery", a.batteryExpiry())
                .param("inspection", a.lastInspection())
                .param("status", a.status().name())
                .param("at", java.sql.Timestamp.from(now))
                .query(Long.class)
                .single();
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a reader may have reloaded the copy before this transaction committed
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        }
        events.publishEvent(new AedRegistered(id, a.townCode(), a.lat(), a.lng(), now));
        return id;
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
