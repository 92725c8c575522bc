package org.regionalhealth.childcare.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.childcare.ChildEnrolled;
import org.regionalhealth.childcare.ChildcareProperties;
import org.regionalhealth.childcare.ChildcareRegistry;
import org.regionalhealth.childcare.Enrolment;
import org.regionalhealth.childcare.FilingState;
import org.regionalhealth.childcare.Inspection;
import org.regionalhealth.childcare.InspectionResult;
import org.regionalhealth.childcare.Institution;
import org.regionalhealth.childcare.InstitutionProfile;
import org.regionalhealth.childcare.PlacesOverview;
import org.regionalhealth.childcare.TownPlaces;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentBulkLoad;
import org.regionalhealth.residents.ResidentIdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry in PostgreSQL. */
@Service
class JdbcChildcareRegistry implements ChildcareRegistry {

    private static final String INSTITUTION_SELECT =
            """
            select i.*,
                (select count(*) from childcare_enrolment e where e.unit_id = i.unit_id and e.left_on is null) as enrolled,
                (select max(inspected_on) from childcare_inspection s where s.unit_id = i.unit_id) as last_inspection,
                (select s.result from childcare_inspection s where s.unit_id = i.unit_id
                    order by s.inspected_on desc, s.id desc limit 1) as last_result
            from childcare_institution i
            """;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final ResidentBulkLoad residents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ChildcareProperties properties;
    private final Clock clock;

    JdbcChildcareRegistry(
            JdbcClient jdbc,
            Organizations organizations,
            ResidentBulkLoad residents,
            AuditLog audit,
            ApplicationEventPublisher events,
            ChildcareProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.residents = residents;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public PageResult<Institution> search(
            @Nullable String text,
            @Nullable String townCode,
            @Nullable FilingState state,
            CurrentUser user,
            int page,
            int size) {
        int bounded = PageResult.boundedSize(size);
        var where = new StringBuilder(" where i.unit_path like :scope");
        var params = new HashMap<String, Object>();
        params.put("scope", user.scope().likePattern());
        if (text != null && !text.isBlank()) {
            where.append(" and i.name like :text");
            params.put("text", "%" + text.strip() + "%");
        }
        if (townCode != null && !townCode.isBlank()) {
            where.append(" and i.town_code = :town");
            params.put("town", townCode);
        }
        if (state != null) {
            where.append(" and i.filing_state = :state");
            params.put("state", state.name());
        }
        long total = jdbc.sql("select count(*) from childcare_institution i" + where)
                .params(params)
                .query(Long.class)
                .single();
        var towns = townNames();
        var items = jdbc.sql(INSTITUTION_SELECT + where + " order by i.town_code, i.name limit :limit offset :offset")
                .params(params)
                .param("limit", bounded)
                .param("offset", Math.max(page, 0) * bounded)
                .query((rs, n) -> institution(rs, towns))
                .list();
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public Optional<Institution> find(long unitId, CurrentUser user) {
        var towns = townNames();
        return jdbc.sql(INSTITUTION_SELECT + " where i.unit_id = :id and i.unit_path like :scope")
                .param("id", unitId)
                .param("scope", user.scope().likePattern())
                .query((rs, n) -> institution(rs, towns))
                .optional();
    }

    @Override
    @Transactional
    public void register(long unitId, InstitutionProfile p, CurrentUser user) {
        var unit = organizations
                .find(unitId)
                .filter(u -> u.type() == UnitType.CHILDCARE && user.scope().covers(u.path()))
                .orElseThrow(() -> PlatformException.notFound("CHILDCARE_UNIT_NOT_FOUND", "未找到该托育机构"));
        var errors = new LinkedHashMap<String, String>();
        if (p.capacity() < 0 || p.capacity() > 2000) {
            errors.put("capacity", "托位数应在 0 到 2000 之间");
        }
        if (p.puhuiPlaces() < 0 || p.puhuiPlaces() > p.capacity()) {
            errors.put("puhuiPlaces", "普惠托位数应在 0 到托位数之间");
        }
        if (p.staff() < 0 || p.staff() > 1000) {
            errors.put("staff", "从业人员数应在 0 到 1000 之间");
        }
        if (p.caregivers() < 0 || p.caregivers() > p.staff()) {
            errors.put("caregivers", "保育人员数应在 0 到从业人员数之间");
        }
        if (p.filingState() == FilingState.FILED) {
            if (p.filingNumber() == null || p.filingNumber().isBlank()) {
                errors.put("filingNumber", "已备案的机构须填写备案编号");
            }
            if (p.filedOn() == null) {
                errors.put("filedOn", "已备案的机构须填写备案日期");
            } else if (p.filedOn().isAfter(LocalDate.now(clock))) {
                errors.put("filedOn", "备案日期不能晚于今天");
            }
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "CHILDCARE_PROFILE_INVALID",
                    "机构信息有误：" + String.join("；", errors.values()),
                    errors);
        }
        jdbc.sql(
                        """
                        insert into childcare_institution (unit_id, unit_path, name, town_code, filing_state,
                            filing_number, filed_on, capacity, puhui_places, staff, caregivers, updated_at, updated_by)
                        values (:id, :path, :name, :town, :state, :number, :filedOn, :capacity, :puhui, :staff,
                            :caregivers, :at, :by)
                        on conflict (unit_id) do update set filing_state = excluded.filing_state,
                            filing_number = excluded.filing_number, filed_on = excluded.filed_on,
                            capacity = excluded.capacity, puhui_places = excluded.puhui_places,
                            staff = excluded.staff, caregivers = excluded.caregivers,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("id", unitId)
                .param("path", unit.path())
                .param("name", unit.name())
                .param(
                        "town",
                        unit.divisionCode()
                                .substring(0, Math.min(9, unit.divisionCode().length())))
                .param("state", p.filingState().name())
                .param(
                        "number",
                        p.filingNumber() == null || p.filingNumber().isBlank()
                                ? null
                                : p.filingNumber().strip())
                .param("filedOn", p.filedOn())
                .param("capacity", p.capacity())
                .param("puhui", p.puhuiPlaces())
                .param("staff", p.staff())
                .param("caregivers", p.caregivers())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", user.username())
                .update();
    }

    @Override
    @Transactional
    public long recordInspection(
            long unitId, LocalDate inspectedOn, InspectionResult result, String note, CurrentUser user) {
        find(unitId, user).orElseThrow(() -> PlatformException.notFound("CHILDCARE_UNIT_NOT_FOUND", "未找到该托育机构"));
        if (inspectedOn.isAfter(LocalDate.now(clock))) {
            throw PlatformException.invalidField("CHILDCARE_INSPECTION_INVALID", "inspectedOn", "检查日期不能晚于今天");
        }
        return jdbc.sql(
                        """
                        insert into childcare_inspection (unit_id, inspected_on, result, note, inspector, recorded_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unitId,
                        inspectedOn,
                        result.name(),
                        note == null ? "" : note.strip(),
                        user.username(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
    }

    @Override
    public List<Inspection> inspections(long unitId, CurrentUser user) {
        if (find(unitId, user).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from childcare_inspection where unit_id = ? order by inspected_on desc, id desc")
                .param(unitId)
                .query((rs, n) -> new Inspection(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getObject("inspected_on", LocalDate.class),
                        InspectionResult.valueOf(rs.getString("result")),
                        rs.getString("note"),
                        rs.getString("inspector")))
                .list();
    }

    @Override
    public PlacesOverview places(CurrentUser user) {
        record Sums(int institutions, int filed, int places, int puhui) {}
        var sums = new HashMap<String, Sums>();
        jdbc.sql(
                        """
                        select town_code, count(*) as n, count(*) filter (where filing_state = 'FILED') as filed,
                            coalesce(sum(capacity), 0) as places, coalesce(sum(puhui_places), 0) as puhui
                        from childcare_institution where unit_path like ? group by town_code""")
                .param(user.scope().likePattern())
                .query((ResultSet rs) -> {
                    sums.put(
                            rs.getString("town_code"),
                            new Sums(rs.getInt("n"), rs.getInt("filed"), rs.getInt("places"), rs.getInt("puhui")));
                });
        var population = new HashMap<String, Integer>();
        var sources = new ArrayList<String>();
        jdbc.sql("select town_code, population, year, source from childcare_town_population")
                .query((ResultSet rs) -> {
                    population.put(rs.getString("town_code"), rs.getInt("population"));
                    String source = rs.getString("source") + "（" + rs.getInt("year") + "年）";
                    if (!sources.contains(source)) {
                        sources.add(source);
                    }
                });
        var target = properties.placesTarget();
        var towns = new ArrayList<TownPlaces>();
        int ti = 0, tf = 0, tp = 0, tu = 0;
        long tpop = 0;
        boolean allPopulated = true;
        // staff below the district level see the towns where their subtree has institutions
        boolean wholeDistrict =
                user.scope().unitPath().equals(organizations.root().path());
        for (Division town : organizations.towns()) {
            var s = sums.getOrDefault(town.code(), new Sums(0, 0, 0, 0));
            if (!wholeDistrict && s.institutions() == 0) {
                continue;
            }
            Integer pop = population.get(town.code());
            towns.add(row(town.code(), town.name(), s.institutions(), s.filed(), s.places(), s.puhui(), pop, target));
            ti += s.institutions();
            tf += s.filed();
            tp += s.places();
            tu += s.puhui();
            if (pop == null) {
                allPopulated = false;
            } else {
                tpop += pop;
            }
        }
        var district = row(
                organizations.root().divisionCode(),
                "全区",
                ti,
                tf,
                tp,
                tu,
                allPopulated && tpop > 0 ? (int) tpop : null,
                target);
        return new PlacesOverview(
                towns,
                district,
                target,
                properties.placesTargetSource(),
                sources.isEmpty() ? "未录入人口数" : String.join("；", sources));
    }

    private static TownPlaces row(
            String code,
            String name,
            int n,
            int filed,
            int places,
            int puhui,
            @Nullable Integer pop,
            BigDecimal target) {
        BigDecimal per = pop == null || pop == 0
                ? null
                : BigDecimal.valueOf(places * 1000L).divide(BigDecimal.valueOf(pop), 2, RoundingMode.HALF_UP);
        return new TownPlaces(code, name, n, filed, places, puhui, pop, per, per != null && per.compareTo(target) >= 0);
    }

    @Override
    @Transactional
    public void setPopulation(String townCode, int population, int year, String source) {
        jdbc.sql(
                        """
                        insert into childcare_town_population (town_code, population, year, source) values (?, ?, ?, ?)
                        on conflict (town_code) do update set population = excluded.population, year = excluded.year,
                            source = excluded.source""")
                .params(townCode, population, year, source)
                .update();
    }

    @Override
    @Transactional
    public Enrolment enrol(
            long unitId, String childIdNumber, String childName, LocalDate enrolledOn, CurrentUser user) {
        var institution = find(unitId, user)
                .orElseThrow(() -> PlatformException.notFound("CHILDCARE_UNIT_NOT_FOUND", "未找到该托育机构"));
        var today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, String>();
        String id = childIdNumber == null ? "" : childIdNumber.strip().toUpperCase();
        var idProblem = ResidentIdNumber.problemWith(id, today);
        idProblem.ifPresent(p -> errors.put("childIdNumber", p));
        String name = childName == null ? "" : childName.strip();
        if (name.isEmpty() || name.length() > 30) {
            errors.put("childName", "请填写孩子姓名（30字以内）");
        }
        if (enrolledOn == null) {
            errors.put("enrolledOn", "请填写入托日期");
        } else if (enrolledOn.isAfter(today.plusDays(60))) {
            errors.put("enrolledOn", "入托日期最多可提前60天登记");
        }
        LocalDate birth = null;
        if (idProblem.isEmpty()) {
            birth = new ResidentIdNumber(id).birthDate();
            if (enrolledOn != null && !birth.plusYears(3).isAfter(enrolledOn)) {
                errors.put("childIdNumber", "托育机构招收3周岁以下婴幼儿：孩子在入托日已满3周岁");
            } else if (enrolledOn != null && enrolledOn.isBefore(birth)) {
                errors.put("enrolledOn", "入托日期不能早于出生日期");
            }
        }
        if (institution.filingState() == FilingState.REVOKED) {
            errors.put("unitId", "该机构备案已撤销，不能登记入托");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "CHILDCARE_ENROLMENT_INVALID",
                    "入托登记有误：" + String.join("；", errors.values()),
                    errors);
        }
        Long residentId = residents.idOf(new ResidentIdNumber(id)).orElse(null);
        long enrolmentId;
        try {
            enrolmentId = jdbc.sql(
                            """
                            insert into childcare_enrolment (unit_id, unit_path, child_id_number, child_name,
                                birth_date, resident_id, enrolled_on, recorded_by, recorded_at)
                            select unit_id, unit_path, ?, ?, ?, ?, ?, ?, ? from childcare_institution where unit_id = ?
                            returning id""")
                    .params(
                            id,
                            name,
                            birth,
                            residentId,
                            enrolledOn,
                            user.username(),
                            Timestamp.from(Instant.now(clock)),
                            unitId)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new PlatformException(
                    HttpStatus.CONFLICT,
                    "CHILDCARE_ALREADY_ENROLLED",
                    "该孩子已在托育机构登记入托，请先办理离托",
                    Map.of("childIdNumber", "该孩子已在托育机构登记入托，请先办理离托"));
        }
        audit(user, AuditLog.Action.CREATE, "childcare_enrolment", List.of(enrolmentId), "托育机构入托登记");
        events.publishEvent(new ChildEnrolled(enrolmentId, unitId, residentId, enrolledOn));
        return new Enrolment(enrolmentId, unitId, institution.name(), id, name, birth, residentId, enrolledOn, null);
    }

    @Override
    public PageResult<Enrolment> enrolments(long unitId, CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql(
                        "select count(*) from childcare_enrolment where unit_id = ? and unit_path like ? and left_on is null")
                .params(unitId, user.scope().likePattern())
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        """
                        select e.*, i.name as institution_name from childcare_enrolment e
                        join childcare_institution i on i.unit_id = e.unit_id
                        where e.unit_id = ? and e.unit_path like ? and e.left_on is null
                        order by e.enrolled_on desc, e.id desc limit ? offset ?""")
                .params(unitId, user.scope().likePattern(), bounded, Math.max(page, 0) * bounded)
                .query(JdbcChildcareRegistry::enrolment)
                .list();
        if (!items.isEmpty()) {
            audit(
                    user,
                    AuditLog.Action.SEARCH,
                    "childcare_enrolment",
                    items.stream().map(Enrolment::id).toList(),
                    "托育机构在托名单");
        }
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public boolean enrolledInFiledInstitution(String childIdNumber, LocalDate day) {
        return jdbc.sql(
                                """
                                select count(*) from childcare_enrolment e join childcare_institution i on i.unit_id = e.unit_id
                                where e.child_id_number = ? and i.filing_state = 'FILED' and e.enrolled_on <= ?
                                    and (e.left_on is null or e.left_on > ?)""")
                        .params(childIdNumber, day, day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<Enrolment> enrolmentsOfResident(long residentId) {
        return jdbc.sql(
                        """
                        select e.*, i.name as institution_name from childcare_enrolment e
                        join childcare_institution i on i.unit_id = e.unit_id
                        where e.resident_id = ? order by e.enrolled_on desc limit 5""")
                .param(residentId)
                .query(JdbcChildcareRegistry::enrolment)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from childcare_institution")
                .query(Long.class)
                .single();
    }

    private Map<String, String> townNames() {
        var names = new HashMap<String, String>();
        organizations.towns().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }

    private static Institution institution(ResultSet rs, Map<String, String> towns) throws SQLException {
        String result = rs.getString("last_result");
        String town = rs.getString("town_code");
        return new Institution(
                rs.getLong("unit_id"),
                rs.getString("name"),
                town,
                towns.getOrDefault(town, town),
                FilingState.valueOf(rs.getString("filing_state")),
                rs.getString("filing_number"),
                rs.getObject("filed_on", LocalDate.class),
                rs.getInt("capacity"),
                rs.getInt("puhui_places"),
                rs.getInt("staff"),
                rs.getInt("caregivers"),
                rs.getInt("enrolled"),
                rs.getObject("last_inspection", LocalDate.class),
                result == null ? null : InspectionResult.valueOf(result));
    }

    private static Enrolment enrolment(ResultSet rs, int n) throws SQLException {
        long resident = rs.getLong("resident_id");
        return new Enrolment(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("institution_name"),
                rs.getString("child_id_number"),
                rs.getString("child_name"),
                rs.getObject("birth_date", LocalDate.class),
                rs.wasNull() ? null : resident,
                rs.getObject("enrolled_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class));
    }

    /** Reads and writes by a person are audited; the system's own writes (demo seeding) are not a person's access. */
    private void audit(CurrentUser user, AuditLog.Action action, String type, List<Long> ids, String purpose) {
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(action, type, ids, purpose);
        }
    }
}
