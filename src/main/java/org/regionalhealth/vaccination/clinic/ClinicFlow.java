package org.regionalhealth.vaccination.clinic;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.vaccination.AefiReported;
import org.regionalhealth.vaccination.VaccinationProperties;
import org.regionalhealth.vaccination.payment.Payment;
import org.regionalhealth.vaccination.payment.Payments;
import org.regionalhealth.vaccination.people.People;
import org.regionalhealth.vaccination.people.Person;
import org.regionalhealth.vaccination.record.VaccinationRecords;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.schedule.Vaccine;
import org.regionalhealth.vaccination.schedule.Violation;
import org.regionalhealth.vaccination.stock.LotStatus;
import org.regionalhealth.vaccination.stock.Stock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-stop flow at a vaccination clinic: booking (on the parent's phone) or walk-in → arrival and queue number →
 * pre-vaccination check (questions, temperature; deferrals explained) → informed consent signed on the screen →
 * payment of self-paid vaccines → vaccination with the traceability code scanned (never twice) → 30 minutes'
 * observation with a call-back → the record and the certificate updated. Every step checks the user's right to the
 * visit, audits, and changes nothing when it refuses.
 */
@Component("vaccinationClinicFlow")
public class ClinicFlow {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final JdbcClient jdbc;
    private final People people;
    private final VaccinationRecords records;
    private final Stock stock;
    private final Payments payments;
    private final ScheduleEngine engine;
    private final Organizations organizations;
    private final VaccinationProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClinicFlow(
            JdbcClient jdbc,
            People people,
            VaccinationRecords records,
            Stock stock,
            Payments payments,
            ScheduleEngine engine,
            Organizations organizations,
            VaccinationProperties properties,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.records = records;
        this.stock = stock;
        this.payments = payments;
        this.engine = engine;
        this.organizations = organizations;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the pre-vaccination check decided: the visit and the reasons for anything deferred. */
    public record CheckOutcome(Visit visit, List<String> deferrals) {}

    /**
     * Books a clinic-day slot for the person with the vaccines chosen, reserving a dose of each (first expiry first).
     * Every problem is reported at once by field.
     */
    @Transactional
    public Visit book(
            long residentId, long clinicId, LocalDate day, String session, List<String> products, CurrentUser user) {
        var person = personFor(residentId, user);
        var errors = new LinkedHashMap<String, String>();
        var clinic = organizations
                .find(clinicId)
                .filter(u -> u.type() == UnitType.VACCINATION_CLINIC)
                .orElse(null);
        if (clinic == null) {
            errors.put("clinicId", "请选择接种门诊");
        } else if (user.role() == Role.VACCINATION_NURSE && !user.scope().covers(clinic.path())) {
            throw PlatformException.forbidden("VACCINATION_CLINIC_FORBIDDEN", "只能为本门诊登记");
        }
        var today = LocalDate.now(clock);
        if (day.isBefore(today) || day.isAfter(today.plusDays(30))) {
            errors.put("day", "预约日期应在今天至30天内");
        }
        if (!"AM".equals(session) && !"PM".equals(session)) {
            errors.put("session", "请选择上午或下午");
        }
        if (products.isEmpty()) {
            errors.put("products", "请至少选择一种疫苗");
        }
        var history = records.doses(residentId);
        var problems = new ArrayList<String>();
        for (var product : products) {
            var violations = engine.check(person.birthDate(), person.sex(), history, product, day);
            violations.forEach(v -> problems.add(explain(v, product)));
        }
        if (!problems.isEmpty()) {
            errors.put("products", String.join("；", problems));
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "VACCINATION_BOOKING_INVALID", String.join("；", errors.values()), errors);
        }
        jdbc.sql(
                        "insert into vaccination_slot (clinic_id, day, session, capacity) values (?, ?, ?, ?) on conflict do nothing")
                .params(clinicId, day, session, properties.slotCapacity())
                .update();
        int slot = jdbc.sql(
                        "update vaccination_slot set booked = booked + 1 where clinic_id = ? and day = ? and session = ? and booked < capacity")
                .params(clinicId, day, session)
                .update();
        if (slot == 0) {
            throw PlatformException.invalidField("VACCINATION_SLOT_FULL", "session", "该时段已约满，请选择其他时段或日期");
        }
        long visitId = insertVisit(
                clinicId, clinic.path(), residentId, day, session, "APPOINTMENT", VisitState.BOOKED, null, user);
        addItems(visitId, clinicId, person, products, day, true);
        audit.record(AuditLog.Action.CREATE, "vaccination_visit", List.of(visitId), "预约接种");
        return visit(visitId);
    }

    /** Registers a walk-in at the nurse's clinic and puts the person in the queue at once. */
    @Transactional
    public Visit walkIn(long residentId, List<String> products, CurrentUser user) {
        var person = personFor(residentId, user);
        var clinic = organizations
                .find(user.unitId())
                .filter(u -> u.type() == UnitType.VACCINATION_CLINIC)
                .orElseThrow(() -> PlatformException.forbidden("VACCINATION_CLINIC_FORBIDDEN", "只有接种门诊可以现场登记"));
        if (products.isEmpty()) {
            throw PlatformException.invalidField("VACCINATION_BOOKING_INVALID", "products", "请至少选择一种疫苗");
        }
        var today = LocalDate.now(clock);
        var history = records.doses(residentId);
        var problems = new ArrayList<String>();
        for (var product : products) {
            engine.check(person.birthDate(), person.sex(), history, product, today)
                    .forEach(v -> problems.add(explain(v, product)));
        }
        if (!problems.isEmpty()) {
            throw PlatformException.invalidField("VACCINATION_BOOKING_INVALID", "products", String.join("；", problems));
        }
        String session = java.time.LocalTime.now(clock).getHour() < 12 ? "AM" : "PM";
        long visitId = insertVisit(
                clinic.id(),
                clinic.path(),
                residentId,
                today,
                session,
                "WALK_IN",
                VisitState.WAITING,
                nextQueueNumber(clinic.id(), today),
                user);
        addItems(visitId, clinic.id(), person, products, today, false);
        audit.record(AuditLog.Action.CREATE, "vaccination_visit", List.of(visitId), "现场登记");
        return visit(visitId);
    }

    /** The person has arrived: a queue number for today. */
    @Transactional
    public Visit arrive(long visitId, CurrentUser user) {
        var visit = locked(visitId, user);
        requireState(visit, EnumSet.of(VisitState.BOOKED));
        var today = LocalDate.now(clock);
        if (!visit.day().equals(today)) {
            throw PlatformException.conflict(
                    "VACCINATION_NOT_TODAY", "该预约不是今天的，请核对预约日期（" + DAY.format(visit.day()) + "）");
        }
        jdbc.sql("update vaccination_visit set state = 'WAITING', queue_number = ?, version = version + 1 where id = ?")
                .params(nextQueueNumber(visit.clinicId(), today), visitId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "vaccination_visit", List.of(visitId), "到达签到");
        return visit(visitId);
    }

    /**
     * The pre-vaccination check. A fever or a "yes" that defers everything defers the visit with the reasons; a "yes"
     * that defers live vaccines removes them (their payment is refunded) and the rest goes on.
     */
    @Transactional
    public CheckOutcome check(
            long visitId, @Nullable BigDecimal temperature, Set<PreCheckQuestion> yes, CurrentUser user) {
        var visit = locked(visitId, user);
        requireState(visit, EnumSet.of(VisitState.WAITING, VisitState.BOOKED, VisitState.CHECKED));
        if (temperature == null
                || temperature.compareTo(BigDecimal.valueOf(34)) < 0
                || temperature.compareTo(BigDecimal.valueOf(43)) > 0) {
            throw PlatformException.invalidField("VACCINATION_TEMPERATURE_INVALID", "temperature", "请填写腋下体温（34～43 ℃）");
        }
        var deferrals = new ArrayList<String>();
        boolean deferAll = false;
        if (temperature.doubleValue() >= properties.feverFrom()) {
            deferAll = true;
            deferrals.add("体温 " + temperature.toPlainString() + "℃，发热期间暂缓接种，退热后再约");
        }
        boolean deferLive = false;
        for (var q : yes) {
            if (q.effect() == PreCheckQuestion.Effect.DEFER_ALL) {
                deferAll = true;
                deferrals.add(DEFERRAL_TEXT.get(q));
            } else {
                deferLive = true;
            }
        }
        var answers = String.join(",", yes.stream().map(Enum::name).sorted().toList());
        if (!deferAll && deferLive) {
            var live = visit.items().stream()
                    .filter(i -> !i.given()
                            && engine.rules()
                                    .vaccine(i.product())
                                    .map(Vaccine::live)
                                    .orElse(false))
                    .toList();
            for (var item : live) {
                jdbc.sql("delete from vaccination_visit_item where visit_id = ? and product = ?")
                        .params(visitId, item.product())
                        .update();
                if (item.lotId() != null) {
                    stock.releaseReservation(item.lotId());
                }
                deferrals.add(name(item.product()) + "为减毒活疫苗，"
                        + yes.stream()
                                .filter(q -> q.effect() == PreCheckQuestion.Effect.DEFER_LIVE)
                                .map(DEFERRAL_TEXT::get)
                                .findFirst()
                                .orElse(""));
            }
            if (live.size() == visit.items().size()) {
                deferAll = true;
            }
        }
        var state = deferAll ? VisitState.DEFERRED : VisitState.CHECKED;
        jdbc.sql(
                        """
                        update vaccination_visit set state = ?, temperature = ?, answers = ?, deferral = ?,
                            version = version + 1 where id = ?""")
                .params(
                        state.name(),
                        temperature,
                        answers,
                        deferrals.isEmpty() ? null : String.join("；", deferrals),
                        visitId)
                .update();
        if (deferAll) {
            releaseEverything(visit);
        } else if (!deferrals.isEmpty() && payments.paidFor(visitId).isPresent()) {
            // a live vaccine was paid for and is not given today: refund; the rest is paid again at the desk
            payments.refund(visitId);
        }
        audit.record(AuditLog.Action.UPDATE, "vaccination_visit", List.of(visitId), "预检");
        return new CheckOutcome(visit(visitId), deferrals);
    }

    static final Map<PreCheckQuestion, String> DEFERRAL_TEXT = Map.of(
            PreCheckQuestion.ACUTE_ILLNESS, "正患急性疾病或发热，暂缓接种，痊愈后再约",
            PreCheckQuestion.SEVERE_ALLERGY, "对疫苗成分严重过敏或既往接种后有严重反应，属禁忌，请转医生评估",
            PreCheckQuestion.IMMUNOSUPPRESSION, "免疫缺陷或正在使用免疫抑制剂时不接种减毒活疫苗",
            PreCheckQuestion.UNSTABLE_NEUROLOGICAL, "抽搐未控制或进行性神经系统疾病，暂缓接种并请医生评估",
            PreCheckQuestion.RECENT_BLOOD_PRODUCTS, "3个月内输注过血液制品或免疫球蛋白，暂缓减毒活疫苗",
            PreCheckQuestion.PREGNANCY, "孕期不接种减毒活疫苗");

    /** Informed consent signed on the screen (the guardian's name and the signature image). */
    @Transactional
    public Visit consent(long visitId, String signedBy, String signature, CurrentUser user) {
        var visit = locked(visitId, user);
        requireState(visit, EnumSet.of(VisitState.CHECKED));
        var errors = new LinkedHashMap<String, String>();
        if (signedBy.isBlank() || signedBy.length() > 50) {
            errors.put("signedBy", "请填写签字人姓名");
        }
        if (signature.isBlank() || signature.length() > 200_000) {
            errors.put("signature", "请在屏幕上签名");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "VACCINATION_CONSENT_INVALID", String.join("；", errors.values()), errors);
        }
        jdbc.sql(
                        """
                        update vaccination_visit set state = 'CONSENTED', consent_by = ?, consent_signature = ?,
                            consent_at = ?, version = version + 1 where id = ?""")
                .params(signedBy.trim(), signature, Timestamp.from(Instant.now(clock)), visitId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "vaccination_visit", List.of(visitId), "知情同意签字");
        return visit(visitId);
    }

    /** Pays the self-paid vaccines of the visit; a retry with the same key returns the first payment. */
    @Transactional
    public Payment pay(long visitId, String idempotencyKey, CurrentUser user) {
        var visit = locked(visitId, user);
        if (EnumSet.of(VisitState.DEFERRED, VisitState.CANCELLED, VisitState.DONE)
                .contains(visit.state())) {
            var existing = payments.paidFor(visitId);
            if (existing.isPresent()) {
                return existing.get();
            }
            throw PlatformException.conflict("VACCINATION_VISIT_CLOSED", "该预约已结束，无需缴费");
        }
        var payment = payments.pay(visitId, visit.amountDue(), idempotencyKey, "预防接种自费疫苗");
        audit.record(AuditLog.Action.UPDATE, "vaccination_visit", List.of(visitId), "缴费");
        return payment;
    }

    /**
     * Gives one vaccine of the visit with the scanned traceability code: the code must exist, belong to this clinic
     * and product, its lot be neither expired nor quarantined, the dose allowed by the schedule today, the visit
     * consented and paid; the code is then claimed (exactly one of two simultaneous scans wins), the record written
     * and {@code VaccinationGiven} published. When every vaccine is given the observation starts.
     */
    @Transactional
    public Visit administer(long visitId, String product, String traceCode, CurrentUser user) {
        var visit = locked(visitId, user);
        requireState(visit, EnumSet.of(VisitState.CONSENTED));
        var item = visit.items().stream()
                .filter(i -> i.product().equals(product))
                .findFirst()
                .orElseThrow(() -> PlatformException.invalidField("VACCINATION_NOT_PLANNED", "product", "本次登记没有该疫苗"));
        if (item.given()) {
            throw PlatformException.conflict("VACCINATION_ALREADY_GIVEN", name(product) + "本次已接种");
        }
        if (!item.free() && payments.paidFor(visitId).isEmpty()) {
            throw PlatformException.conflict("VACCINATION_NOT_PAID", name(product) + "为自费疫苗，请先缴费");
        }
        var code = traceCode == null ? "" : traceCode.trim();
        var scanned = stock.scan(code)
                .orElseThrow(
                        () -> PlatformException.invalidField("VACCINATION_TRACE_UNKNOWN", "traceCode", "追溯码无效，请重新扫码"));
        var lot = scanned.lot();
        if (scanned.used()) {
            throw PlatformException.conflict("VACCINATION_TRACE_USED", "该追溯码已使用，请更换一支疫苗");
        }
        if (lot.clinicId() != visit.clinicId()) {
            throw PlatformException.invalidField("VACCINATION_TRACE_OTHER_CLINIC", "traceCode", "该疫苗不属于本门诊库存");
        }
        if (!lot.product().equals(product)) {
            throw PlatformException.invalidField(
                    "VACCINATION_TRACE_WRONG_PRODUCT",
                    "traceCode",
                    "扫码疫苗为" + name(lot.product()) + "，与本次接种的" + name(product) + "不符");
        }
        var today = LocalDate.now(clock);
        if (lot.expiredOn(today)) {
            throw PlatformException.conflict("VACCINATION_LOT_EXPIRED", "批号 " + lot.lotNumber() + " 已过有效期，禁止使用");
        }
        if (lot.status() == LotStatus.QUARANTINED) {
            throw PlatformException.conflict(
                    "VACCINATION_LOT_QUARANTINED",
                    "批号 " + lot.lotNumber() + " 已隔离（" + lot.quarantineReason() + "），禁止使用");
        }
        var person = people.find(visit.residentId()).orElseThrow();
        var violations = engine.check(person.birthDate(), person.sex(), records.doses(person.id()), product, today);
        if (!violations.isEmpty()) {
            throw PlatformException.invalidField(
                    "VACCINATION_SCHEDULE_VIOLATION",
                    "product",
                    String.join(
                            "；",
                            violations.stream().map(v -> explain(v, product)).toList()));
        }
        if (!stock.claim(code, user.username())) {
            throw PlatformException.conflict("VACCINATION_TRACE_USED", "该追溯码已使用，请更换一支疫苗");
        }
        stock.consume(lot.id(), item.lotId(), user.username());
        long recordId = records.recordGiven(
                person, product, today, visit.clinicId(), lot.id(), lot.lotNumber(), code, user.username());
        stock.markUsed(code, recordId);
        jdbc.sql("update vaccination_visit_item set record_id = ?, lot_id = ? where visit_id = ? and product = ?")
                .params(recordId, lot.id(), visitId, product)
                .update();
        var after = visit(visitId);
        if (after.allGiven()) {
            var now = Instant.now(clock);
            jdbc.sql(
                            """
                            update vaccination_visit set state = 'OBSERVING', vaccinated_at = ?, observe_until = ?,
                                version = version + 1 where id = ?""")
                    .params(
                            Timestamp.from(now),
                            Timestamp.from(now.plus(Duration.ofMinutes(properties.observationMinutes()))),
                            visitId)
                    .update();
        }
        audit.record(AuditLog.Action.CREATE, "vaccination_record", List.of(recordId), "接种扫码");
        return visit(visitId);
    }

    /** The observation is over and the person called back and seen: the visit is done. */
    @Transactional
    public Visit release(long visitId, CurrentUser user) {
        var visit = locked(visitId, user);
        requireState(visit, EnumSet.of(VisitState.OBSERVING));
        jdbc.sql("update vaccination_visit set state = 'DONE', released_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(Instant.now(clock)), visitId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "vaccination_visit", List.of(visitId), "留观结束");
        return visit(visitId);
    }

    /** Cancels a visit not yet vaccinated: the slot and reserved doses return, a payment is refunded. */
    @Transactional
    public Visit cancel(long visitId, CurrentUser user) {
        var visit = locked(visitId, user);
        requireState(
                visit, EnumSet.of(VisitState.BOOKED, VisitState.WAITING, VisitState.CHECKED, VisitState.CONSENTED));
        if (visit.items().stream().anyMatch(Visit.Item::given)) {
            throw PlatformException.conflict("VACCINATION_ALREADY_GIVEN", "已有疫苗接种，不能取消");
        }
        jdbc.sql("update vaccination_visit set state = 'CANCELLED', version = version + 1 where id = ?")
                .param(visitId)
                .update();
        releaseEverything(visit);
        audit.record(AuditLog.Action.UPDATE, "vaccination_visit", List.of(visitId), "取消预约");
        return visit(visitId);
    }

    /** Reports a suspected adverse event from the observation room, linked to the dose and its lot. */
    @Transactional
    public long reportAefi(long recordId, String symptoms, boolean serious, CurrentUser user) {
        if (symptoms == null || symptoms.isBlank() || symptoms.length() > 400) {
            throw PlatformException.invalidField("VACCINATION_AEFI_INVALID", "symptoms", "请描述症状（400字以内）");
        }
        var row = jdbc.sql(
                        """
                        select r.resident_id, r.clinic_id, r.lot_id, r.product, l.clinic_path
                        from vaccination_record r join vaccination_lot l on l.id = r.lot_id where r.id = ?""")
                .param(recordId)
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)})
                .optional()
                .orElseThrow(() -> PlatformException.notFound("VACCINATION_RECORD_NOT_FOUND", "接种记录不存在"));
        String clinicPath = (String) row[4];
        if (!user.scope().covers(clinicPath)) {
            throw PlatformException.forbidden("VACCINATION_FORBIDDEN", "无权处理该接种记录");
        }
        var now = Instant.now(clock);
        long id = jdbc.sql(
                        """
                        insert into vaccination_aefi (record_id, resident_id, clinic_id, clinic_path, lot_id, product,
                            onset_at, symptoms, serious, case_state, reported_by, reported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        recordId,
                        row[0],
                        row[1],
                        clinicPath,
                        row[2],
                        row[3],
                        Timestamp.from(now),
                        symptoms.trim(),
                        serious,
                        serious ? "INVESTIGATING" : "REPORTED",
                        user.username(),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
        events.publishEvent(new AefiReported(
                id, recordId, (Long) row[0], (Long) row[1], (Long) row[2], (String) row[3], serious, now));
        audit.record(AuditLog.Action.CREATE, "vaccination_aefi", List.of(id), "疑似异常反应报告");
        return id;
    }

    /** Today's queue at a clinic: waiting, checked, consented, observing; then the booked not yet arrived. */
    public List<Visit> queue(long clinicId, LocalDate day, CurrentUser user) {
        var clinic = organizations.find(clinicId).orElseThrow();
        if (!user.scope().covers(clinic.path())) {
            throw PlatformException.forbidden("VACCINATION_FORBIDDEN", "无权查看该门诊");
        }
        var ids = jdbc.sql(
                        """
                        select id from vaccination_visit where clinic_id = ? and day = ?
                        order by case state when 'OBSERVING' then 0 when 'CONSENTED' then 1 when 'CHECKED' then 2
                            when 'WAITING' then 3 when 'BOOKED' then 4 else 5 end, queue_number nulls last, id
                        limit 200""")
                .params(clinicId, day)
                .query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            // the queue shows each child's name and age (issue 15: every page that shows people audits the read)
            audit.record(AuditLog.Action.SEARCH, "vaccination_visit", ids, "接种门诊今日队列");
        }
        return ids.stream().map(this::visit).toList();
    }

    public List<Visit> visitsOf(long residentId, CurrentUser user) {
        personFor(residentId, user);
        return jdbc
                .sql("select id from vaccination_visit where resident_id = ? order by day desc, id desc limit 50")
                .param(residentId)
                .query(Long.class)
                .list()
                .stream()
                .map(this::visit)
                .toList();
    }

    public Visit get(long visitId, CurrentUser user) {
        var visit = visit(visitId);
        requireAccess(visit, user);
        return visit;
    }

    /** The person behind the id if the user may act for them (a resident: self or a linked child). */
    public Person personFor(long residentId, CurrentUser user) {
        var person = people.find(residentId)
                .orElseThrow(() -> PlatformException.notFound("VACCINATION_PERSON_NOT_FOUND", "查无此人"));
        if (user.role() == Role.RESIDENT) {
            long self = user.scope().residentId().orElse(-1L);
            if (!people.isGuardian(self, residentId)) {
                throw PlatformException.forbidden("VACCINATION_FORBIDDEN", "只能为本人或已绑定的子女办理");
            }
        } else if (user.role() != Role.VACCINATION_NURSE
                && user.role() != Role.DISTRICT_ADMIN
                && !user.scope().covers(person.unitPath())) {
            throw PlatformException.forbidden("VACCINATION_FORBIDDEN", "无权查看该居民");
        }
        return person;
    }

    public String explain(Violation v, String product) {
        String what = name(product);
        return switch (v.code()) {
            case UNKNOWN_PRODUCT -> "未知的疫苗品种";
            case NOT_ELIGIBLE -> what + "不适用于该年龄或性别";
            case SERIES_COMPLETE -> what + "已完成全程，无需再接种";
            case AGED_OUT -> what + "已超过可接种（补种）年龄";
            case TOO_YOUNG -> what + "未到最小接种月龄，最早 " + DAY.format(v.earliest()) + " 可接种";
            case TOO_SOON -> what + "与上一剂间隔不足，最早 " + DAY.format(v.earliest()) + " 可接种";
            case LIVE_VACCINE_28_DAYS ->
                what + "为减毒活疫苗，与前一种注射类减毒活疫苗未同日接种时须间隔28天，最早 " + DAY.format(v.earliest()) + " 可接种";
        };
    }

    private String name(String product) {
        return engine.rules().vaccine(product).map(Vaccine::nameZh).orElse(product);
    }

    private void addItems(
            long visitId, long clinicId, Person person, List<String> products, LocalDate day, boolean reserve) {
        for (var product : products.stream().distinct().toList()) {
            var vaccine = engine.rules().vaccine(product).orElseThrow();
            boolean free = vaccine.series().stream()
                    .allMatch(s -> engine.free(s, product, person.birthDate(), person.sex(), day));
            Long lotId = null;
            if (reserve) {
                lotId = stock.reserve(clinicId, product, day)
                        .orElseThrow(() -> PlatformException.invalidField(
                                "VACCINATION_OUT_OF_STOCK", "products", "该门诊" + vaccine.nameZh() + "暂无库存，请选择其他门诊"));
            }
            jdbc.sql(
                            "insert into vaccination_visit_item (visit_id, product, price, free, lot_id) values (?, ?, ?, ?, ?)")
                    .params(visitId, product, free ? BigDecimal.ZERO : vaccine.price(), free, lotId)
                    .update();
        }
    }

    private void releaseEverything(Visit visit) {
        for (var item : visit.items()) {
            if (!item.given() && item.lotId() != null) {
                stock.releaseReservation(item.lotId());
            }
        }
        jdbc.sql(
                        "update vaccination_slot set booked = greatest(booked - 1, 0) where clinic_id = ? and day = ? and session = ?")
                .params(visit.clinicId(), visit.day(), visit.session())
                .update();
        payments.refund(visit.id());
    }

    private long insertVisit(
            long clinicId,
            String clinicPath,
            long residentId,
            LocalDate day,
            String session,
            String kind,
            VisitState state,
            @Nullable Integer queue,
            CurrentUser user) {
        return jdbc.sql(
                        """
                        insert into vaccination_visit (clinic_id, clinic_path, resident_id, day, session, kind, state,
                            queue_number, booked_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        clinicId,
                        clinicPath,
                        residentId,
                        day,
                        session,
                        kind,
                        state.name(),
                        queue,
                        user.username(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
    }

    private int nextQueueNumber(long clinicId, LocalDate day) {
        // serialise numbering per clinic and day
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(clinicId * 100_000 + day.toEpochDay() % 100_000)
                .query()
                .listOfRows();
        return jdbc.sql(
                        "select coalesce(max(queue_number), 0) + 1 from vaccination_visit where clinic_id = ? and day = ?")
                .params(clinicId, day)
                .query(Integer.class)
                .single();
    }

    private Visit locked(long visitId, CurrentUser user) {
        jdbc.sql("select id from vaccination_visit where id = ? for update")
                .param(visitId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> PlatformException.notFound("VACCINATION_VISIT_NOT_FOUND", "预约不存在"));
        var visit = visit(visitId);
        requireAccess(visit, user);
        return visit;
    }

    private void requireAccess(Visit visit, CurrentUser user) {
        if (user.role() == Role.RESIDENT) {
            personFor(visit.residentId(), user);
            return;
        }
        var path = jdbc.sql("select clinic_path from vaccination_visit where id = ?")
                .param(visit.id())
                .query(String.class)
                .single();
        if (!user.scope().covers(path)) {
            throw PlatformException.forbidden("VACCINATION_FORBIDDEN", "无权处理其他门诊的预约");
        }
    }

    private static void requireState(Visit visit, Set<VisitState> allowed) {
        if (!allowed.contains(visit.state())) {
            throw PlatformException.conflict(
                    "VACCINATION_WRONG_STATE", "当前状态（" + STATE_TEXT.get(visit.state()) + "）不能进行此操作");
        }
    }

    static final Map<VisitState, String> STATE_TEXT = Map.of(
            VisitState.BOOKED, "已预约",
            VisitState.WAITING, "候诊",
            VisitState.CHECKED, "已预检",
            VisitState.DEFERRED, "暂缓接种",
            VisitState.CONSENTED, "已签知情同意",
            VisitState.OBSERVING, "留观中",
            VisitState.DONE, "已完成",
            VisitState.CANCELLED, "已取消");

    Visit visit(long id) {
        var items = jdbc.sql(
                        "select product, price, free, lot_id, record_id from vaccination_visit_item where visit_id = ? order by product")
                .param(id)
                .query((rs, n) -> new Visit.Item(
                        rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3), (Long) rs.getObject(4), (Long)
                                rs.getObject(5)))
                .list();
        return jdbc.sql(
                        """
                        select v.*, u.name as clinic_name from vaccination_visit v join org_unit u on u.id = v.clinic_id
                        where v.id = ?""")
                .param(id)
                .query((rs, n) -> visit(rs, items))
                .optional()
                .orElseThrow(() -> PlatformException.notFound("VACCINATION_VISIT_NOT_FOUND", "预约不存在"));
    }

    private static Visit visit(ResultSet rs, List<Visit.Item> items) throws SQLException {
        var observe = rs.getTimestamp("observe_until");
        return new Visit(
                rs.getLong("id"),
                rs.getLong("clinic_id"),
                rs.getString("clinic_name"),
                rs.getLong("resident_id"),
                rs.getObject("day", LocalDate.class),
                rs.getString("session"),
                rs.getString("kind"),
                VisitState.valueOf(rs.getString("state")),
                (Integer) rs.getObject("queue_number"),
                rs.getBigDecimal("temperature"),
                rs.getString("deferral"),
                rs.getString("consent_by"),
                observe == null ? null : observe.toInstant(),
                items);
    }
}
