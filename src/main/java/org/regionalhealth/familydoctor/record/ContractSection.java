package org.regionalhealth.familydoctor.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 家庭医生签约 in the resident's health record (issue 16): my family doctor and team, the service package and the
 * period of the current contract, then the earlier ones.
 */
@Component
@Order(5)
class ContractSection implements HealthRecordSection {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AuditLog audit;

    ContractSection(JdbcClient jdbc, MessageSource messages, AuditLog audit) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        boolean staff = viewer.role() != Role.RESIDENT;
        var ids = new ArrayList<Long>();
        var items = jdbc.sql(
                        """
                        select c.id, c.status, c.applied_on, c.start_date, c.end_date, t.name team, t.leader_name,
                               s.name package_name,
                               (select string_agg(m.name, '、' order by m.name) from familydoctor_team_member m
                                 where m.team_id = t.id and m.staff_id <> t.leader_staff_id) members
                        from familydoctor_contract c
                        join familydoctor_team t on t.id = c.team_id
                        join familydoctor_service_package s on s.code = c.package_code
                        where c.resident_id = ?
                        order by (c.status in ('SIGNED', 'APPROVED', 'APPLIED')) desc, c.id desc limit 5""")
                .param(residentId)
                .query((rs, n) -> {
                    ids.add(rs.getLong("id"));
                    var start = rs.getObject("start_date", LocalDate.class);
                    var end = rs.getObject("end_date", LocalDate.class);
                    String members = rs.getString("members");
                    String detail = msg("fd.record.contract.detail", rs.getString("team"), rs.getString("package_name"))
                            + (start == null
                                    ? ""
                                    : " · " + msg("fd.record.contract.period", start.toString(), String.valueOf(end)))
                            + (members == null ? "" : " · " + msg("fd.record.contract.members", members));
                    return new HealthRecordItem(
                            start != null ? start : rs.getObject("applied_on", LocalDate.class),
                            msg("fd.record.contract.doctor", rs.getString("leader_name")),
                            detail,
                            msg("fd.contract.status." + rs.getString("status")),
                            staff ? "/familydoctor/contracts?q=" + residentId : null);
                })
                .list();
        if (!ids.isEmpty()) {
            audit.record(AuditLog.Action.READ, "familydoctor_contract", ids, "居民健康档案：家庭医生签约");
        }
        return Optional.of(new HealthRecordPart(
                msg("fd.record.contract"),
                items,
                null,
                staff ? msg("fd.record.contract.emptyStaff") : msg("fd.record.contract.empty")));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
