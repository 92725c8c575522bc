package org.regionalhealth.familydoctor.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Family-doctor teams: formed at a centre or station, listed within a scope. */
@Component
public class Teams {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    Teams(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @Transactional
    public Team create(NewTeam team, CurrentUser user) {
        var unit = organizations
                .find(team.unitId())
                .filter(u -> user.scope().covers(u.path()))
                .orElseThrow(() -> PlatformException.notFound("UNIT_NOT_FOUND", "机构不存在或不在您的权限范围内"));
        if (unit.type() != UnitType.HEALTH_CENTRE && unit.type() != UnitType.STATION) {
            throw PlatformException.invalidField("TEAM_UNIT_TYPE", "unitId", "家庭医生团队须设在社区卫生服务中心或服务站");
        }
        var leader = team.members().stream()
                .filter(m -> m.role() == Team.Role.FAMILY_DOCTOR)
                .findFirst()
                .orElseThrow(() -> PlatformException.invalidField("TEAM_NO_DOCTOR", "members", "团队须有一名家庭医生"));
        var community = organizations.medicalCommunityOf(unit.id());
        var members = new ArrayList<Team.Member>();
        for (var m : team.members()) {
            var staff = organizations
                    .staff(m.staffId())
                    .orElseThrow(
                            () -> PlatformException.invalidField("STAFF_NOT_FOUND", "members", "人员不存在：" + m.staffId()));
            var staffUnit = organizations.find(staff.unitId()).orElseThrow();
            boolean local =
                    staffUnit.path().startsWith(unit.path()) || unit.path().startsWith(staffUnit.path());
            boolean sameCommunity = community.isPresent()
                    && staffUnit.path().startsWith(community.get().path());
            if (!(local || (m.role() == Team.Role.SPECIALIST && sameCommunity))) {
                throw PlatformException.invalidField("STAFF_OUTSIDE_UNIT", "members", staff.name() + "不属于本机构或其所属医共体");
            }
            if (m.role() == Team.Role.FAMILY_DOCTOR && !staff.prescribingRight()) {
                throw PlatformException.invalidField("DOCTOR_NOT_QUALIFIED", "members", staff.name() + "无处方权，不能担任家庭医生");
            }
            members.add(new Team.Member(staff.id(), staff.name(), m.role()));
        }
        var leaderName = members.stream()
                .filter(m -> m.staffId() == leader.staffId())
                .findFirst()
                .orElseThrow()
                .name();
        long id = jdbc.sql(
                        """
                        insert into familydoctor_team (unit_id, unit_path, name, leader_staff_id, leader_name, capacity)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(unit.id(), unit.path(), team.name(), leader.staffId(), leaderName, team.capacity())
                .query(Long.class)
                .single();
        for (var m : members) {
            jdbc.sql("insert into familydoctor_team_member (team_id, staff_id, name, role) values (?, ?, ?, ?)"
                            + " on conflict do nothing")
                    .params(id, m.staffId(), m.name(), m.role().name())
                    .update();
        }
        return find(id, user.scope()).orElseThrow();
    }

    public Optional<Team> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " where t.id = ? and t.unit_path like ?")
                .params(id, scope.likePattern())
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::withMembers);
    }

    /** Teams in the scope, by unit. */
    public List<Team> list(DataScope scope) {
        return jdbc
                .sql(SELECT + " where t.unit_path like ? order by t.unit_path, t.id limit 500")
                .param(scope.likePattern())
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(this::withMembers)
                .toList();
    }

    /** Locks the team row so two signings cannot both take its last place. */
    public Team lockForSigning(long id, DataScope scope) {
        jdbc.sql("select id from familydoctor_team where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return find(id, scope).orElseThrow(() -> PlatformException.notFound("TEAM_NOT_FOUND", "团队不存在或不在您的权限范围内"));
    }

    private static final String SELECT =
            """
            select t.*, (select count(*) from familydoctor_contract c
                         where c.team_id = t.id and c.status in ('APPLIED', 'APPROVED', 'SIGNED')) as signed
            from familydoctor_team t""";

    private static Team row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Team(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("unit_path"),
                rs.getString("name"),
                rs.getLong("leader_staff_id"),
                rs.getString("leader_name"),
                rs.getInt("capacity"),
                rs.getLong("signed"),
                List.of());
    }

    private Team withMembers(Team t) {
        var members = jdbc.sql(
                        "select staff_id, name, role from familydoctor_team_member where team_id = ? order by role, staff_id")
                .param(t.id())
                .query((rs, n) -> new Team.Member(rs.getLong(1), rs.getString(2), Team.Role.valueOf(rs.getString(3))))
                .list();
        return new Team(
                t.id(),
                t.unitId(),
                t.unitPath(),
                t.name(),
                t.leaderStaffId(),
                t.leaderName(),
                t.capacity(),
                t.signed(),
                members);
    }
}
