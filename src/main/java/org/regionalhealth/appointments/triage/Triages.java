package org.regionalhealth.appointments.triage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.AppointmentBooking;
import org.regionalhealth.appointments.FreeSlot;
import org.regionalhealth.appointments.schedule.Departments;
import org.regionalhealth.appointments.schedule.UnitNames;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.semantic.Embeddings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 24-hour triage → booking (安诊儿): runs {@link TriageEngine}, logs every triage with its reasoning, and answers a
 * red flag with the nearest emergency departments, anything else with the earliest slots of the department at the
 * family doctor's community health centre and at the nearest hospitals. AI guidance, not a diagnosis: the page says so.
 */
@Service
public class Triages {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Triages.class);

    /** How many hospitals besides the family doctor's centre are searched for slots. */
    static final int NEAREST_HOSPITALS = 3;

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Organizations organizations;
    private final UnitNames units;
    private final ResidentIndex residents;
    private final AppointmentBooking booking;
    private final AuditLog audit;
    private final Clock clock;
    private final Embeddings embeddings;
    private volatile @Nullable TriageEngine engine;
    private volatile @Nullable SemanticDepartments semantic;
    private volatile @Nullable List<Unit> hospitals;

    Triages(
            JdbcClient jdbc,
            Departments departments,
            Organizations organizations,
            UnitNames units,
            ResidentIndex residents,
            AppointmentBooking booking,
            AuditLog audit,
            Embeddings embeddings,
            Clock clock) {
        this.embeddings = embeddings;
        this.jdbc = jdbc;
        this.departments = departments;
        this.organizations = organizations;
        this.units = units;
        this.residents = residents;
        this.booking = booking;
        this.audit = audit;
        this.clock = clock;
    }

    /** An institution with its distance from the resident's home station. */
    public record Nearby(long unitId, String name, double km) {}

    /**
     * The answer of one triage.
     *
     * @param opinion the semantic second opinion on the department, only when the rules fell back to 全科 (never on a
     *     red flag); {@code opinionDepartmentName} its department's name
     */
    public record Advice(
            long id,
            TriageResult result,
            String departmentName,
            List<Nearby> emergencyDepartments,
            List<FreeSlot> slots,
            SemanticDepartments.@Nullable Opinion opinion,
            @Nullable String opinionDepartmentName) {}

    /**
     * The semantic second opinion when the rules found no department for an adult (全科 fallback); never consulted for
     * a red flag or a child. Empty when the model is unavailable: the rules' answer stands.
     */
    Optional<SemanticDepartments.Opinion> secondOpinion(TriageResult result, String text) {
        if (result.emergency()
                || result.child()
                || !Departments.GENERAL_PRACTICE.equals(result.departmentCode())
                || text.isBlank()) {
            return Optional.empty();
        }
        try {
            var s = semantic;
            if (s == null) {
                synchronized (this) {
                    s = semantic;
                    if (s == null) {
                        s = new SemanticDepartments(embeddings);
                        semantic = s;
                    }
                }
            }
            return s.opinion(text);
        } catch (RuntimeException e) {
            log.warn("semantic second opinion unavailable, the rules' department stands: {}", e.toString());
            return Optional.empty();
        }
    }

    public TriageEngine engine() {
        var e = engine;
        if (e == null) {
            e = new TriageEngine(RedFlags.TABLE, DepartmentRules.TABLE, departments.all());
            engine = e;
        }
        return e;
    }

    @Transactional
    public Advice triage(TriageInput input, CurrentUser user) {
        String text = input.text() == null ? "" : input.text().strip();
        if (text.isEmpty() && input.temperature() == null) {
            throw PlatformException.invalidField("TRIAGE_TEXT_REQUIRED", "text", "请描述哪里不舒服，或点选症状和体温");
        }
        if (text.length() > 500) {
            throw PlatformException.invalidField("TRIAGE_TEXT_TOO_LONG", "text", "描述请在500字以内");
        }
        if (input.temperature() != null && (input.temperature() < 30 || input.temperature() > 45)) {
            throw PlatformException.invalidField("TRIAGE_TEMPERATURE", "temperature", "体温应在30–45℃之间");
        }
        Resident resident = user.scope()
                .residentId()
                .flatMap(id -> residents.find(id, user, "appointments triage"))
                .orElse(null);
        var result = engine().triage(new TriageInput(
                text, input.ageMonths(), input.sex(), input.temperature(), input.durationDays(), input.child()));
        var opinion = secondOpinion(result, text).orElse(null);
        if (opinion != null) {
            var reasoning = new ArrayList<>(result.reasoning());
            reasoning.add(String.format(
                    "语义第二意见（仅供参考，不改变规则结论）：与“%s”相近（相似度%.2f）→ %s；依据：%s；模型 bge-small-zh-v1.5",
                    opinion.example(),
                    opinion.score(),
                    departments.name(opinion.departmentCode()),
                    SemanticDepartments.SOURCE));
            result = new TriageResult(
                    result.outcome(),
                    result.redFlag(),
                    result.departmentCode(),
                    result.reason(),
                    List.copyOf(reasoning),
                    result.temperature(),
                    result.durationDays(),
                    result.ageMonths(),
                    result.child());
        }
        Unit home = home(resident, user);
        long id = jdbc.sql(
                        """
                        insert into appointments_triage (resident_id, username, unit_path, text, age_months, sex, temperature,
                            duration_days, outcome, red_flag, department_code, reasoning, rules_version, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        resident == null ? null : resident.id(),
                        user.username(),
                        home.path(),
                        text,
                        result.ageMonths(),
                        input.sex() == null ? null : input.sex().name(),
                        result.temperature() == null
                                ? null
                                : BigDecimal.valueOf(result.temperature()).setScale(1, RoundingMode.HALF_UP),
                        result.durationDays(),
                        result.outcome().name(),
                        result.redFlag() == null ? null : result.redFlag().code(),
                        result.departmentCode(),
                        String.join("\n", result.reasoning()),
                        RedFlags.VERSION,
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        if (resident != null) {
            audit.record(AuditLog.Action.CREATE, "appointments_triage", List.of(id), "appointments triage");
        }
        var byDistance = hospitalsByDistance(home);
        String deptName = result.departmentCode() == null ? "" : departments.name(result.departmentCode());
        if (result.emergency()) {
            return new Advice(
                    id, result, deptName, byDistance.subList(0, Math.min(2, byDistance.size())), List.of(), null, null);
        }
        var slots = new ArrayList<FreeSlot>();
        var centre = centreOf(home);
        if (centre.isPresent()) {
            String atCentre = centreDepartment(result);
            slots.addAll(booking.earliestFree(
                    "OUTPATIENT", atCentre, List.of(centre.get().id()), clock.instant(), 2, user));
        }
        var nearest =
                byDistance.stream().limit(NEAREST_HOSPITALS).map(Nearby::unitId).toList();
        slots.addAll(booking.earliestFree(
                "OUTPATIENT", result.departmentCode(), nearest, clock.instant(), NEAREST_HOSPITALS, user));
        if (opinion != null) {
            // the second opinion's department at the nearest hospitals, beside the family doctor's 全科
            slots.addAll(
                    booking.earliestFree("OUTPATIENT", opinion.departmentCode(), nearest, clock.instant(), 2, user));
        }
        slots.sort(Comparator.comparing(FreeSlot::startsAt).thenComparing(FreeSlot::slotId));
        return new Advice(
                id,
                result,
                deptName,
                byDistance.subList(0, Math.min(2, byDistance.size())),
                slots,
                opinion,
                opinion == null ? null : departments.name(opinion.departmentCode()));
    }

    /**
     * Logs a past triage (the demo's history, an import from the old hotline): the engine's answer for the input, at
     * the time given, without slot search or audit (no reader).
     */
    public TriageResult logHistory(TriageInput input, long residentId, String unitPath, java.time.Instant at) {
        var result = engine().triage(input);
        jdbc.sql(
                        """
                        insert into appointments_triage (resident_id, username, unit_path, text, age_months, temperature,
                            duration_days, outcome, red_flag, department_code, reasoning, rules_version, created_at)
                        values (?, 'history', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        residentId,
                        unitPath,
                        input.text(),
                        result.ageMonths(),
                        result.temperature() == null
                                ? null
                                : BigDecimal.valueOf(result.temperature()).setScale(1, RoundingMode.HALF_UP),
                        result.durationDays(),
                        result.outcome().name(),
                        result.redFlag() == null ? null : result.redFlag().code(),
                        result.departmentCode(),
                        String.join("\n", result.reasoning()),
                        RedFlags.VERSION,
                        Timestamp.from(at))
                .update();
        return result;
    }

    /**
     * The department to look for at a community health centre: 儿科, 口腔科 and 中医科 where it has them, else 全科医疗科
     * (the family doctor), who refers on when needed.
     */
    static String centreDepartment(TriageResult result) {
        String code = result.departmentCode();
        if (code == null) {
            return Departments.GENERAL_PRACTICE;
        }
        return switch (code) {
            case "07", "12", "50" -> code;
            default -> Departments.GENERAL_PRACTICE;
        };
    }

    /** The reader's home unit: the resident's station, or the staff member's own unit. */
    private Unit home(@Nullable Resident resident, CurrentUser user) {
        return units.unit(resident != null ? resident.unitId() : user.unitId());
    }

    private Optional<Unit> centreOf(Unit home) {
        if (home.type() == UnitType.HEALTH_CENTRE) {
            return Optional.of(home);
        }
        if (home.type() == UnitType.STATION && home.parentId() != null) {
            var parent = units.unit(home.parentId());
            return parent.type() == UnitType.HEALTH_CENTRE ? Optional.of(parent) : Optional.empty();
        }
        return Optional.empty();
    }

    List<Nearby> hospitalsByDistance(Unit home) {
        var all = hospitals;
        if (all == null) {
            Unit root = organizations.root();
            var scope = new DataScope(root.id(), root.path(), Optional.empty());
            all = organizations
                    .search(new UnitQuery(UnitType.HOSPITAL, null, null, null), scope, 0, 200)
                    .items();
            hospitals = all;
        }
        return all.stream()
                .map(h -> new Nearby(h.id(), h.name(), km(home, h)))
                .sorted(Comparator.comparingDouble(Nearby::km))
                .toList();
    }

    /** Great-circle distance (haversine) in km. */
    static double km(Unit a, Unit b) {
        double r = 6371.0;
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLng = Math.toRadians(b.lng() - a.lng());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat()))
                        * Math.cos(Math.toRadians(b.lat()))
                        * Math.sin(dLng / 2)
                        * Math.sin(dLng / 2);
        return Math.round(2 * r * Math.asin(Math.sqrt(h)) * 10) / 10.0;
    }

    /** Age in completed months on a day, for the triage of the resident themself. */
    public static int ageMonths(LocalDate birth, LocalDate today) {
        return (int) Period.between(birth, today).toTotalMonths();
    }
}
