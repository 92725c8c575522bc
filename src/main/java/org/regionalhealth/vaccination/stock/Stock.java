package org.regionalhealth.vaccination.stock;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.vaccination.VaccinationProperties;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock and cold chain per clinic: lots with expiry, first-expiry-first-out picking, reservations for booked visits,
 * receipt with the lot's traceability codes, transfer between clinics, fridge temperature logs. A reading outside
 * 2–8 °C quarantines every lot in that fridge; an expired or quarantined lot is never given.
 */
@Component("vaccinationStock")
public class Stock {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final ScheduleEngine engine;
    private final VaccinationProperties properties;
    private final Clock clock;

    Stock(
            JdbcClient jdbc,
            Organizations organizations,
            ScheduleEngine engine,
            VaccinationProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.engine = engine;
        this.properties = properties;
        this.clock = clock;
    }

    /** A scanned traceability code with its lot. */
    public record ScannedCode(String code, Lot lot, boolean used) {}

    /** Receives a lot and registers one traceability code per dose (as the 疫苗追溯协同服务平台 delivers them). */
    @Transactional
    public Lot receive(
            long clinicId,
            String product,
            String lotNumber,
            String manufacturer,
            LocalDate expiry,
            String fridge,
            int doses,
            String user) {
        if (engine.rules().vaccine(product).isEmpty()) {
            throw PlatformException.invalidField("VACCINATION_PRODUCT_UNKNOWN", "product", "未知的疫苗品种");
        }
        if (doses < 1 || doses > 10_000) {
            throw PlatformException.invalidField("VACCINATION_QUANTITY_INVALID", "doses", "入库数量应为 1～10000 剂");
        }
        var today = LocalDate.now(clock);
        if (!expiry.isAfter(today)) {
            throw PlatformException.invalidField("VACCINATION_LOT_EXPIRED", "expiry", "该批号已过有效期，不能入库");
        }
        var clinic = organizations.find(clinicId).orElseThrow();
        long id = jdbc.sql(
                        """
                        insert into vaccination_lot (clinic_id, clinic_path, product, lot_number, manufacturer, expiry,
                            fridge, on_hand, received_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(clinicId, clinic.path(), product, lotNumber, manufacturer, expiry, fridge, doses, today)
                .query(Long.class)
                .single();
        var codes = new ArrayList<String>();
        for (int i = 1; i <= doses; i++) {
            codes.add(traceCode(id, i));
        }
        jdbc.sql("insert into vaccination_trace_code (code, lot_id) select unnest(?::varchar[]), ?")
                .params(codes.toArray(String[]::new), id)
                .update();
        movement(id, "RECEIPT", doses, user, null);
        return lot(id).orElseThrow();
    }

    /** The 20-digit code of the demo's simulated tracing platform: 8 + lot id + dose number, padded. */
    static String traceCode(long lotId, int dose) {
        return "8" + String.format("%012d", lotId) + String.format("%07d", dose);
    }

    /** Moves unused doses (and their codes) to another clinic's fridge; the lot keeps its number and expiry. */
    @Transactional
    public Lot transfer(long lotId, long toClinicId, int doses, String user) {
        var from = lockedLot(lotId);
        if (doses < 1 || doses > from.available()) {
            throw PlatformException.invalidField("VACCINATION_QUANTITY_INVALID", "doses", "调拨数量超过可用库存");
        }
        if (from.status() != LotStatus.AVAILABLE) {
            throw PlatformException.conflict("VACCINATION_LOT_QUARANTINED", "该批号已隔离，不能调拨");
        }
        var to = organizations
                .find(toClinicId)
                .orElseThrow(() -> PlatformException.invalidField("VACCINATION_CLINIC_UNKNOWN", "toClinic", "目标门诊不存在"));
        long id = jdbc.sql(
                        """
                        insert into vaccination_lot (clinic_id, clinic_path, product, lot_number, manufacturer, expiry,
                            fridge, on_hand, received_on)
                        values (?, ?, ?, ?, ?, ?, '1号冰箱', ?, ?) returning id""")
                .params(
                        toClinicId,
                        to.path(),
                        from.product(),
                        from.lotNumber(),
                        from.manufacturer(),
                        from.expiry(),
                        doses,
                        LocalDate.now(clock))
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        update vaccination_trace_code set lot_id = ? where code in (
                            select code from vaccination_trace_code where lot_id = ? and used_at is null
                            order by code limit ?)""")
                .params(id, lotId, doses)
                .update();
        jdbc.sql("update vaccination_lot set on_hand = on_hand - ? where id = ?")
                .params(doses, lotId)
                .update();
        movement(lotId, "TRANSFER_OUT", -doses, user, "→ " + to.name());
        movement(id, "TRANSFER_IN", doses, user, "← " + lotId);
        return lot(id).orElseThrow();
    }

    /** Reserves one dose of the product for a booked day: the lot that expires first and is still good that day. */
    public Optional<Long> reserve(long clinicId, String product, LocalDate day) {
        return jdbc.sql(
                        """
                        update vaccination_lot set reserved = reserved + 1 where id = (
                            select id from vaccination_lot
                            where clinic_id = ? and product = ? and status = 'AVAILABLE' and expiry >= ?
                              and on_hand - reserved > 0
                            order by expiry, id limit 1 for update skip locked)
                        returning id""")
                .params(clinicId, product, day)
                .query(Long.class)
                .optional();
    }

    public void releaseReservation(long lotId) {
        jdbc.sql("update vaccination_lot set reserved = greatest(reserved - 1, 0) where id = ?")
                .param(lotId)
                .update();
    }

    /** The lot first-expiry-first-out would give today (what the nurse should take from the fridge). */
    public Optional<Lot> pick(long clinicId, String product) {
        return jdbc.sql(
                        """
                        select * from vaccination_lot where clinic_id = ? and product = ? and status = 'AVAILABLE'
                          and expiry >= ? and on_hand > 0 order by expiry, id limit 1""")
                .params(clinicId, product, LocalDate.now(clock))
                .query(Stock::lot)
                .optional();
    }

    public Optional<ScannedCode> scan(String code) {
        return jdbc.sql(
                        """
                        select l.*, c.code as trace, c.used_at from vaccination_trace_code c
                        join vaccination_lot l on l.id = c.lot_id where c.code = ?""")
                .param(code.trim())
                .query((rs, n) ->
                        new ScannedCode(rs.getString("trace"), lot(rs, n), rs.getTimestamp("used_at") != null))
                .optional();
    }

    /**
     * Claims a code for one dose: exactly one of two nurses scanning the same code at once succeeds (the row update is
     * atomic; the second finds it used).
     */
    public boolean claim(String code, String nurse) {
        return jdbc.sql("update vaccination_trace_code set used_at = ?, used_by = ? where code = ? and used_at is null")
                        .params(Timestamp.from(Instant.now(clock)), nurse, code)
                        .update()
                == 1;
    }

    public void markUsed(String code, long recordId) {
        jdbc.sql("update vaccination_trace_code set record_id = ? where code = ?")
                .params(recordId, code)
                .update();
    }

    /** Takes one dose off the lot given from; the booking's reservation (on whichever lot) is released. */
    public void consume(long lotId, @Nullable Long reservedLotId, String user) {
        jdbc.sql("update vaccination_lot set on_hand = on_hand - 1 where id = ?")
                .param(lotId)
                .update();
        if (reservedLotId != null) {
            releaseReservation(reservedLotId);
        }
        movement(lotId, "GIVEN", -1, user, null);
    }

    /**
     * Logs a fridge reading; outside the allowed range it quarantines every available lot in that fridge.
     *
     * @return the reading, with the number of lots quarantined
     */
    @Transactional
    public TemperatureReading recordTemperature(long clinicId, String fridge, BigDecimal celsius, String user) {
        return recordTemperature(clinicId, fridge, celsius, Instant.now(clock), user);
    }

    /** A reading taken at a given time (the fridge logger's own timestamp). */
    @Transactional
    public TemperatureReading recordTemperature(
            long clinicId, String fridge, BigDecimal celsius, Instant at, String user) {
        if (celsius.compareTo(BigDecimal.valueOf(-30)) < 0 || celsius.compareTo(BigDecimal.valueOf(40)) > 0) {
            throw PlatformException.invalidField("VACCINATION_TEMPERATURE_INVALID", "celsius", "温度应在 -30～40 ℃ 之间");
        }
        boolean out =
                celsius.doubleValue() < properties.coldChainMin() || celsius.doubleValue() > properties.coldChainMax();
        int quarantined = 0;
        var now = at;
        if (out) {
            var reason = "冷链温度 " + celsius.toPlainString() + "℃ 超出 " + properties.coldChainMin() + "～"
                    + properties.coldChainMax() + "℃";
            var ids = jdbc.sql(
                            """
                            update vaccination_lot set status = 'QUARANTINED', quarantine_reason = ?
                            where clinic_id = ? and fridge = ? and status = 'AVAILABLE' and on_hand > 0 returning id""")
                    .params(reason, clinicId, fridge)
                    .query(Long.class)
                    .list();
            quarantined = ids.size();
            ids.forEach(id -> movement(id, "QUARANTINE", 0, user, reason));
        }
        long id = jdbc.sql(
                        """
                        insert into vaccination_temperature (clinic_id, fridge, recorded_at, celsius, out_of_range,
                            quarantined, by_user) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(clinicId, fridge, Timestamp.from(now), celsius, out, quarantined, user)
                .query(Long.class)
                .single();
        return new TemperatureReading(id, fridge, now, celsius, out, quarantined, user);
    }

    /** Releases a quarantined lot after assessment (the manager's decision, logged). */
    @Transactional
    public void release(long lotId, long clinicId, String user) {
        int n = jdbc.sql(
                        "update vaccination_lot set status = 'AVAILABLE', quarantine_reason = null where id = ? and clinic_id = ? and status = 'QUARANTINED'")
                .params(lotId, clinicId)
                .update();
        if (n == 1) {
            movement(lotId, "RELEASE", 0, user, null);
        }
    }

    public List<Lot> lots(long clinicId) {
        return jdbc.sql(
                        "select * from vaccination_lot where clinic_id = ? and on_hand > 0 order by product, expiry, id")
                .param(clinicId)
                .query(Stock::lot)
                .list();
    }

    /** One page of the clinic's lots in stock, by product and first expiry. */
    public org.regionalhealth.platform.PageResult<Lot> lots(long clinicId, int page, int size) {
        long total = jdbc.sql("select count(*) from vaccination_lot where clinic_id = ? and on_hand > 0")
                .param(clinicId)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        """
                        select * from vaccination_lot where clinic_id = ? and on_hand > 0
                        order by status desc, product, expiry, id limit ? offset ?""")
                .params(clinicId, size, (long) page * size)
                .query(Stock::lot)
                .list();
        return new org.regionalhealth.platform.PageResult<>(items, total, page, size);
    }

    public List<TemperatureReading> temperatures(long clinicId, int limit) {
        return jdbc.sql("select * from vaccination_temperature where clinic_id = ? order by recorded_at desc limit ?")
                .params(clinicId, limit)
                .query((rs, n) -> new TemperatureReading(
                        rs.getLong("id"),
                        rs.getString("fridge"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getBigDecimal("celsius"),
                        rs.getBoolean("out_of_range"),
                        rs.getInt("quarantined"),
                        rs.getString("by_user")))
                .list();
    }

    public Optional<Lot> lot(long id) {
        return jdbc.sql("select * from vaccination_lot where id = ?")
                .param(id)
                .query(Stock::lot)
                .optional();
    }

    private Lot lockedLot(long id) {
        return jdbc.sql("select * from vaccination_lot where id = ? for update")
                .param(id)
                .query(Stock::lot)
                .optional()
                .orElseThrow(() -> PlatformException.notFound("VACCINATION_LOT_NOT_FOUND", "批号不存在"));
    }

    private void movement(long lotId, String kind, int quantity, String user, @Nullable String note) {
        jdbc.sql(
                        "insert into vaccination_stock_movement (lot_id, kind, quantity, at, by_user, note) values (?, ?, ?, ?, ?, ?)")
                .params(lotId, kind, quantity, Timestamp.from(Instant.now(clock)), user, note)
                .update();
    }

    static Lot lot(ResultSet rs, int n) throws SQLException {
        return new Lot(
                rs.getLong("id"),
                rs.getLong("clinic_id"),
                rs.getString("product"),
                rs.getString("lot_number"),
                rs.getString("manufacturer"),
                rs.getObject("expiry", LocalDate.class),
                rs.getString("fridge"),
                rs.getInt("on_hand"),
                rs.getInt("reserved"),
                LotStatus.valueOf(rs.getString("status")),
                rs.getString("quarantine_reason"),
                rs.getObject("received_on", LocalDate.class));
    }
}
