package org.regionalhealth.residents.index;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ChineseNames;
import org.regionalhealth.residents.NewResident;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIdNumber;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.residents.TreatingRelationship;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ResidentRegistry implements ResidentIndex {

    static final String COLUMNS =
            "id, id_number, name, name_pinyin, sex, birth_date, phone, division_code, unit_id, unit_path, address";
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}");
    private static final Pattern LATIN = Pattern.compile("[a-zA-Z]{1,40}");
    private static final Set<Role> REGISTRARS =
            EnumSet.of(Role.DISTRICT_ADMIN, Role.HOSPITAL_DOCTOR, Role.STATION_DOCTOR, Role.SERVICE);

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditLog audit;
    private final ObjectProvider<TreatingRelationship> treating;

    private final Clock clock;

    /** District-wide matches a hospital doctor's search checks for a treating relationship. */
    static final int HOSPITAL_CANDIDATES = 300;

    ResidentRegistry(
            JdbcClient jdbc,
            Organizations organizations,
            AuditLog audit,
            Clock clock,
            ObjectProvider<TreatingRelationship> treating) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.treating = treating;
    }

    @Override
    @Transactional
    public Resident register(NewResident resident, CurrentUser user) {
        if (!REGISTRARS.contains(user.role())) {
            throw PlatformException.forbidden("RESIDENT_REGISTER_DENIED", "您的角色无权登记居民");
        }
        ResidentIdNumber idNumber;
        try {
            idNumber = ResidentIdNumber.parse(resident.idNumber());
        } catch (IllegalArgumentException invalid) {
            // the message is the Chinese reason from ResidentIdNumber.problemWith
            throw PlatformException.invalidField("RESIDENT_ID_INVALID", "idNumber", invalid.getMessage());
        }
        // the structure holds anywhere on Earth; the birth date must not lie after the district's today
        ResidentIdNumber.problemWith(idNumber.value(), LocalDate.now(clock)).ifPresent(problem -> {
            throw PlatformException.invalidField("RESIDENT_ID_INVALID", "idNumber", problem);
        });
        var village = organizations
                .division(resident.villageCode())
                .filter(d -> d.level() == Division.Level.VILLAGE)
                .orElseThrow(() -> PlatformException.invalidField(
                        "RESIDENT_VILLAGE_UNKNOWN", "villageCode", "村（社区）代码不存在：" + resident.villageCode()));
        long unitId = resident.unitId() == null ? user.unitId() : resident.unitId();
        var unit = organizations
                .find(unitId)
                .filter(u -> user.scope().covers(u.path()))
                .orElseThrow(() ->
                        PlatformException.invalidField("RESIDENT_UNIT_OUT_OF_SCOPE", "unitId", "管理机构不存在或不在您的权限范围内"));
        var id = jdbc.sql(
                        """
                        insert into residents_resident (id_number, name, name_pinyin, name_initials, sex, birth_date,
                                                        phone, division_code, unit_id, unit_path, address)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id_number) do nothing
                        returning id""")
                .params(
                        idNumber.value(),
                        resident.name().trim(),
                        ChineseNames.pinyin(resident.name().trim()),
                        ChineseNames.initials(resident.name().trim()),
                        idNumber.sex().code(),
                        idNumber.birthDate(),
                        resident.phone(),
                        village.code(),
                        unit.id(),
                        unit.path(),
                        resident.address())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> PlatformException.conflict(
                        "RESIDENT_DUPLICATE_ID", "该身份证号已登记，不能重复建档（身份证号 " + idNumber.masked() + "）"));
        audit.record(AuditLog.Action.CREATE, "resident", List.of(id), "register resident");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<Resident> find(long id, CurrentUser user, String purpose) {
        var found = load(id).filter(r -> visible(r, user) || treated(r, user));
        found.ifPresent(r -> audit.record(AuditLog.Action.READ, "resident", List.of(r.id()), purpose));
        return found;
    }

    @Override
    @Transactional
    public List<Resident> search(String query, CurrentUser user, int limit, String purpose) {
        String q = query.trim();
        int bounded = Math.min(Math.max(limit, 1), 100);
        if (q.isEmpty()) {
            return List.of();
        }
        var scope = new ArrayList<Object>();
        String scopeSql;
        if (user.scope().isResidentOnly()) {
            scopeSql = "id = ?";
            scope.add(user.scope().residentId().orElseThrow());
        } else if (user.role() == Role.HOSPITAL_DOCTOR) {
            // a hospital has no registered residents: its doctors find, among the district's matches, the patients
            // treated there (issue 16)
            scopeSql = "true";
        } else {
            scopeSql = "unit_path like ?";
            scope.add(user.scope().likePattern());
        }
        var found = new LinkedHashMap<Long, Resident>();
        // a hospital doctor's matches are checked one by one for a treating relationship: look at more of them
        int wanted = bounded;
        bounded = user.role() == Role.HOSPITAL_DOCTOR ? HOSPITAL_CANDIDATES : bounded;
        if (ID_NUMBER.matcher(q).matches()) {
            collect(found, "id_number = ?", q.toUpperCase(), scopeSql, scope, "id", bounded);
        } else if (PHONE.matcher(q).matches()) {
            collect(found, "phone = ?", q, scopeSql, scope, "id", bounded);
        } else if (ChineseNames.hasChinese(q)) {
            collect(found, "name like ?", escape(q) + "%", scopeSql, scope, "name, id", bounded);
        } else if (LATIN.matcher(q).matches()) {
            String lower = q.toLowerCase();
            // initials first ("zw" → 张伟), then full pinyin ("zhangwei"); each walks its own index in order
            collect(found, "name_initials like ?", lower + "%", scopeSql, scope, "name_initials, id", bounded);
            if (found.size() < bounded) {
                collect(found, "name_pinyin like ?", lower + "%", scopeSql, scope, "name_pinyin, id", bounded);
            }
        } else {
            throw PlatformException.invalidField("RESIDENT_QUERY_INVALID", "q", "请输入姓名、拼音或首字母、18位身份证号或11位手机号");
        }
        var result = found.values().stream()
                .filter(r -> user.role() != Role.HOSPITAL_DOCTOR || visible(r, user) || treated(r, user))
                .limit(wanted)
                .toList();
        audit.record(
                AuditLog.Action.SEARCH,
                "resident",
                result.stream().map(Resident::id).toList(),
                purpose);
        return result;
    }

    @Override
    public Map<String, Long> countByTown(CurrentUser user) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql(
                        """
                        select substr(division_code, 1, 9) as town, count(*) from residents_resident
                         where unit_path like ? group by town order by town""")
                .param(user.scope().likePattern())
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    public long count(CurrentUser user) {
        return jdbc.sql("select count(*) from residents_resident where unit_path like ?")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
    }

    @Override
    public List<Aged> bornOnOrBefore(LocalDate day, CurrentUser user, int limit) {
        int bounded = Math.min(Math.max(limit, 1), 500_000);
        if (user.scope().isResidentOnly()) {
            return jdbc.sql(
                            "select id, birth_date, unit_id, unit_path from residents_resident where id = ? and birth_date <= ?")
                    .params(user.scope().residentId().orElseThrow(), day)
                    .query(ResidentRegistry::aged)
                    .list();
        }
        return jdbc.sql(
                        """
                        select id, birth_date, unit_id, unit_path from residents_resident
                         where unit_path like ? and birth_date <= ? order by id limit ?""")
                .params(user.scope().likePattern(), day, bounded)
                .query(ResidentRegistry::aged)
                .list();
    }

    @Override
    @Transactional
    public List<Resident> findAll(java.util.Collection<Long> ids, CurrentUser user, String purpose) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new java.util.HashMap<Long, Resident>();
        jdbc
                .sql("select " + COLUMNS + " from residents_resident where id = any(?)")
                .param(ids.stream().mapToLong(Long::longValue).boxed().toArray(Long[]::new))
                .query(ResidentRegistry::resident)
                .list()
                .stream()
                .filter(r -> visible(r, user) || treated(r, user))
                .forEach(r -> byId.put(r.id(), r));
        var result = ids.stream()
                .distinct()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (!result.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "resident",
                    result.stream().map(Resident::id).toList(),
                    purpose);
        }
        return result;
    }

    private static Aged aged(ResultSet rs, int row) throws SQLException {
        return new Aged(
                rs.getLong("id"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getLong("unit_id"),
                rs.getString("unit_path"));
    }

    private void collect(
            Map<Long, Resident> found,
            String condition,
            Object value,
            String scopeSql,
            List<Object> scopeParams,
            String order,
            int limit) {
        var params = new ArrayList<Object>();
        params.add(value);
        params.addAll(scopeParams);
        params.add(limit);
        jdbc.sql("select " + COLUMNS + " from residents_resident where " + condition + " and " + scopeSql + " order by "
                        + order + " limit ?")
                .params(params)
                .query(ResidentRegistry::resident)
                .list()
                .forEach(r -> found.putIfAbsent(r.id(), r));
    }

    private Optional<Resident> load(long id) {
        return jdbc.sql("select " + COLUMNS + " from residents_resident where id = ?")
                .param(id)
                .query(ResidentRegistry::resident)
                .optional();
    }

    /** Whether a hospital doctor's unit treated the resident (prescriptions, referrals …: issue 16). */
    private boolean treated(Resident resident, CurrentUser user) {
        return user.role() == Role.HOSPITAL_DOCTOR && treating.orderedStream().anyMatch(t -> t.treats(resident, user));
    }

    private static boolean visible(Resident resident, CurrentUser user) {
        return user.scope().residentId().map(own -> own == resident.id()).orElseGet(() -> user.scope()
                .covers(resident.unitPath()));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Resident resident(ResultSet rs, int row) throws SQLException {
        return new Resident(
                rs.getLong("id"),
                rs.getString("id_number"),
                rs.getString("name"),
                rs.getString("name_pinyin"),
                "1".equals(rs.getString("sex")) ? Sex.MALE : Sex.FEMALE,
                rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("phone"),
                rs.getString("division_code"),
                rs.getLong("unit_id"),
                rs.getString("unit_path"),
                rs.getString("address"));
    }
}
