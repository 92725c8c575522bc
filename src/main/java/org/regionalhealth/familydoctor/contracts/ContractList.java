package org.regionalhealth.familydoctor.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.familydoctor.FamilyDoctorProperties;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contracts of the teams in a user's scope as the contract page and its Excel export list them: newest first,
 * filtered by status or by “ending soon” (within the renewal window), names masked, the listing audited.
 */
@Component
public class ContractList {

    /** A line of the list; {@code renewable} when a signed contract is within the renewal window. */
    public record Line(
            long id,
            long residentId,
            String residentName,
            long teamId,
            String teamName,
            String packageName,
            Contract.Status status,
            LocalDate appliedOn,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String signatureMethod,
            @Nullable String signatureDigest,
            @Nullable String endReason,
            boolean renewable) {}

    /** Filters: a status, {@code RENEW_SOON}, or everything. */
    public static final String RENEW_SOON = "RENEW_SOON";

    private static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FamilyDoctorProperties properties;

    private final Clock clock;

    ContractList(JdbcClient jdbc, AuditLog audit, FamilyDoctorProperties properties, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    public List<Line> list(@Nullable String filter, CurrentUser user, String purpose) {
        String condition = "";
        if (filter != null && !filter.isBlank()) {
            if (filter.equals(RENEW_SOON)) {
                condition = " and c.status = 'SIGNED' and c.end_date between :today and :until";
            } else {
                try {
                    condition = " and c.status = '"
                            + Contract.Status.valueOf(filter).name() + "'";
                } catch (IllegalArgumentException e) {
                    throw PlatformException.invalidField("STATUS_UNKNOWN", "status", "签约状态不存在：" + filter);
                }
            }
        }
        var today = LocalDate.now(clock);
        var until = today.plusDays(properties.renewalReminderDays());
        var lines = jdbc.sql(
                        """
                        select c.id, c.resident_id, r.name, c.team_id, t.name as team_name, s.name as package_name, c.status,
                               c.applied_on, c.start_date, c.end_date, c.signature_method, c.signature_digest, c.end_reason
                        from familydoctor_contract c
                        join familydoctor_person r on r.resident_id = c.resident_id
                        join familydoctor_team t on t.id = c.team_id
                        join familydoctor_service_package s on s.code = c.package_code
                        where c.unit_path like :scope"""
                                + condition + " order by c.id desc limit " + LIMIT)
                .param("scope", user.scope().likePattern())
                .param("today", today)
                .param("until", until)
                .query((rs, n) -> {
                    var status = Contract.Status.valueOf(rs.getString("status"));
                    var end = rs.getObject("end_date", LocalDate.class);
                    return new Line(
                            rs.getLong("id"),
                            rs.getLong("resident_id"),
                            Masking.name(rs.getString("name")),
                            rs.getLong("team_id"),
                            rs.getString("team_name"),
                            rs.getString("package_name"),
                            status,
                            rs.getObject("applied_on", LocalDate.class),
                            rs.getObject("start_date", LocalDate.class),
                            end,
                            rs.getString("signature_method"),
                            rs.getString("signature_digest"),
                            rs.getString("end_reason"),
                            status == Contract.Status.SIGNED
                                    && end != null
                                    && !today.isBefore(end.minusDays(properties.renewalReminderDays()))
                                    && !today.isAfter(end));
                })
                .list();
        audit.record(
                AuditLog.Action.SEARCH,
                "resident",
                lines.stream().map(Line::residentId).distinct().toList(),
                purpose);
        return lines;
    }
}
