package org.regionalhealth.org.tree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.NewUnit;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitMoved;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.ClusterBroadcast;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.UnitDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrganizationTree implements Organizations, UnitDirectory {

    private static final String UNIT_COLUMNS = "id, code, name, type, parent_id, path, division_code, lat, lng";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ClusterBroadcast cluster;

    OrganizationTree(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            ClusterBroadcast cluster,
            DivisionCatalog referenceDataLoadedFirst) {
        this.jdbc = jdbc;
        this.events = events;
        this.cluster = cluster;
    }

    @Override
    public Unit root() {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where parent_id is null")
                .query(OrganizationTree::unit)
                .single();
    }

    @Override
    public Optional<Unit> find(long id) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where id = ?")
                .param(id)
                .query(OrganizationTree::unit)
                .optional();
    }

    @Override
    public Optional<Unit> findByCode(String code) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where code = ?")
                .param(code)
                .query(OrganizationTree::unit)
                .optional();
    }

    @Override
    public Optional<String> pathOf(long unitId) {
        return find(unitId).map(Unit::path);
    }

    @Override
    public long rootUnitId() {
        return root().id();
    }

    @Override
    public PageResult<Unit> search(UnitQuery query, DataScope scope, int page, int size) {
        var where = new StringBuilder(" from org_unit where path like ?");
        var params = new ArrayList<Object>();
        params.add(scope.likePattern());
        if (query.type() != null) {
            where.append(" and type = ?");
            params.add(query.type().name());
        }
        if (query.parentId() != null) {
            where.append(" and parent_id = ?");
            params.add(query.parentId());
        }
        if (query.townCode() != null && !query.townCode().isBlank()) {
            where.append(" and division_code like ?");
            params.add(query.townCode().trim() + "%");
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (name like ? or code like ?)");
            String like = "%" + query.text().trim().replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        int bounded = PageResult.boundedSize(size);
        var pageParams = new ArrayList<>(params);
        pageParams.add(bounded);
        pageParams.add((long) Math.max(page, 0) * bounded);
        var items = jdbc.sql("select " + UNIT_COLUMNS + where + " order by type, code limit ? offset ?")
                .params(pageParams)
                .query(OrganizationTree::unit)
                .list();
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public Map<String, Long> summary() {
        var counts = new LinkedHashMap<String, Long>();
        for (UnitType type : UnitType.values()) {
            counts.put(type.name(), 0L);
        }
        jdbc.sql("select type, count(*) from org_unit group by type")
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        jdbc.sql("select upper(level), count(*) from org_division where level <> 'district' group by level")
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    public Map<UnitType, Long> countByType(DataScope scope) {
        var counts = new java.util.EnumMap<UnitType, Long>(UnitType.class);
        jdbc.sql("select type, count(*) from org_unit where path like ? group by type")
                .param(scope.likePattern())
                .query((rs, row) -> counts.put(UnitType.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    public Map<String, Long> countByTown(DataScope scope) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql(
                        """
                        select substr(division_code, 1, 9) as town, count(*) from org_unit
                         where path like ? and length(division_code) >= 9 group by town order by town""")
                .param(scope.likePattern())
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    public List<Division> towns() {
        return jdbc.sql(
                        "select code, name, level, parent_code, lat, lng from org_division where level = 'town' order by code")
                .query(OrganizationTree::division)
                .list();
    }

    @Override
    public Optional<Division> division(String code) {
        return jdbc.sql("select code, name, level, parent_code, lat, lng from org_division where code = ?")
                .param(code)
                .query(OrganizationTree::division)
                .optional();
    }

    @Override
    public List<Division> villagesOf(String townCode) {
        return jdbc.sql(
                        "select code, name, level, parent_code, lat, lng from org_division where parent_code = ? order by code")
                .param(townCode)
                .query(OrganizationTree::division)
                .list();
    }

    @Override
    public Optional<Unit> medicalCommunityOf(long unitId) {
        return find(unitId).flatMap(unit -> jdbc.sql("select " + UNIT_COLUMNS
                        + " from org_unit where type = 'MEDICAL_COMMUNITY' and ? like path || '%'")
                .param(unit.path())
                .query(OrganizationTree::unit)
                .optional());
    }

    @Override
    public Optional<StaffMember> staff(long staffId) {
        return jdbc.sql("select * from org_staff where id = ?")
                .param(staffId)
                .query(OrganizationTree::staffMember)
                .optional();
    }

    @Override
    public List<StaffMember> staffOf(long unitId) {
        return jdbc.sql("select * from org_staff where unit_id = ? order by id")
                .param(unitId)
                .query(OrganizationTree::staffMember)
                .list();
    }

    @Override
    @Transactional
    public List<Long> register(List<NewUnit> units) {
        var ids = new ArrayList<Long>(units.size());
        for (NewUnit unit : units) {
            String parentPath = unit.parentId() == null
                    ? "/"
                    : pathOf(unit.parentId())
                            .orElseThrow(() -> PlatformException.invalidField(
                                    "ORG_PARENT_UNKNOWN", "parentId", "上级机构不存在：" + unit.parentId()));
            if (division(unit.divisionCode()).isEmpty()) {
                throw PlatformException.invalidField(
                        "ORG_DIVISION_UNKNOWN", "divisionCode", "行政区划代码不存在：" + unit.divisionCode());
            }
            long id = jdbc.sql(
                            """
                            insert into org_unit (code, name, type, parent_id, path, division_code, lat, lng)
                            values (?, ?, ?, ?, '', ?, ?, ?) returning id""")
                    .params(
                            unit.code(),
                            unit.name(),
                            unit.type().name(),
                            unit.parentId(),
                            unit.divisionCode(),
                            unit.lat(),
                            unit.lng())
                    .query(Long.class)
                    .single();
            jdbc.sql("update org_unit set path = ? where id = ?")
                    .params(parentPath + id + "/", id)
                    .update();
            ids.add(id);
        }
        return ids;
    }

    @Override
    @Transactional
    public UnitMoved move(long unitId, long newParentId) {
        Unit unit = find(unitId)
                .orElseThrow(() -> PlatformException.invalidField("ORG_UNIT_UNKNOWN", "unitId", "机构不存在：" + unitId));
        Unit parent = find(newParentId)
                .orElseThrow(() ->
                        PlatformException.invalidField("ORG_PARENT_UNKNOWN", "parentId", "上级机构不存在：" + newParentId));
        if (unit.parentId() == null) {
            throw PlatformException.invalidField("ORG_ROOT_FIXED", "unitId", "卫生健康局是机构树的根，不能移动");
        }
        if (parent.path().startsWith(unit.path())) {
            throw PlatformException.invalidField("ORG_MOVE_CYCLE", "parentId", "不能移到本机构或其下属机构之下");
        }
        String newPath = parent.path() + unit.id() + "/";
        jdbc.sql("update org_unit set parent_id = ? where id = ?")
                .params(newParentId, unitId)
                .update();
        jdbc.sql("update org_unit set path = ? || substr(path, ?) where path like ?")
                .params(newPath, unit.path().length() + 1, unit.path() + "%")
                .update();
        var moved = new UnitMoved(unitId, unit.parentId(), newParentId, unit.path(), newPath);
        events.publishEvent(moved);
        return moved;
    }

    /** Every node drops the unit paths it cached, once this move commits (docs/scale-out.md). */
    @EventListener
    void onUnitMoved(UnitMoved moved) {
        cluster.send(UnitDirectory.PATHS_CHANGED, Long.toString(moved.unitId()));
    }

    @Override
    @Transactional
    public List<Long> registerStaff(List<StaffMember> staff) {
        var ids = new ArrayList<Long>(staff.size());
        for (StaffMember member : staff) {
            ids.add(jdbc.sql(
                            """
                            insert into org_staff (unit_id, name, title, prescribing_right, narcotic_right,
                                                   antimicrobial_grade, pharmacist, pharmacist_skills)
                            values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            member.unitId(),
                            member.name(),
                            member.title(),
                            member.prescribingRight(),
                            member.narcoticRight(),
                            member.antimicrobialGrade() == null
                                    ? null
                                    : member.antimicrobialGrade().name(),
                            member.pharmacist(),
                            member.pharmacistSkills())
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Unit(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                UnitType.valueOf(rs.getString("type")),
                parentId,
                rs.getString("path"),
                rs.getString("division_code"),
                rs.getDouble("lat"),
                rs.getDouble("lng"));
    }

    private static Division division(ResultSet rs, int row) throws SQLException {
        return new Division(
                rs.getString("code"),
                rs.getString("name"),
                Division.Level.valueOf(rs.getString("level").toUpperCase()),
                rs.getString("parent_code"),
                rs.getObject("lat", Double.class),
                rs.getObject("lng", Double.class));
    }

    private static StaffMember staffMember(ResultSet rs, int row) throws SQLException {
        String grade = rs.getString("antimicrobial_grade");
        return new StaffMember(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getBoolean("prescribing_right"),
                rs.getBoolean("narcotic_right"),
                grade == null ? null : StaffMember.AntimicrobialGrade.valueOf(grade),
                rs.getBoolean("pharmacist"),
                rs.getString("pharmacist_skills"));
    }
}
