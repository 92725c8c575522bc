package org.regionalhealth.weight.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.weight.RedFlag;
import org.regionalhealth.weight.WeightRedFlagRaised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Red flags for the family doctor: one open alert per resident and flag (raising it again while it is open changes
 * nothing), listed on the clinician page and counted on the doctor's home page ({@link AlertTodos}); the event
 * {@link WeightRedFlagRaised} tells other modules.
 */
@Component
public class Alerts {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Alerts(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises the flag unless it is already open; the id of the new alert, empty when it was open. */
    @Transactional
    public Optional<Long> raise(long residentId, String unitPath, RedFlag flag, String reason, LocalDate day) {
        var id = jdbc.sql(
                        """
                        insert into weight_alert (resident_id, unit_path, flag, reason, raised_on)
                        values (?, ?, ?, ?, ?) on conflict (resident_id, flag) where status = 'OPEN' do nothing
                        returning id""")
                .params(
                        residentId,
                        unitPath,
                        flag.name(),
                        reason.length() > 300 ? reason.substring(0, 300) : reason,
                        day)
                .query(Long.class)
                .optional();
        id.ifPresent(a -> events.publishEvent(new WeightRedFlagRaised(a, residentId, unitPath, flag, reason, day)));
        return id;
    }

    /** Open alerts in the reader's scope, newest first (audited as a search of the residents shown). */
    @Transactional
    public PageResult<Alert> open(CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        long total = openCount(user);
        var today = LocalDate.now(clock);
        var items = jdbc.sql(
                        """
                        select a.id, a.resident_id, r.name, r.sex, r.birth_date, a.flag, a.reason, a.raised_on
                        from weight_alert a join residents_resident r on r.id = a.resident_id
                        where a.status = 'OPEN' and a.unit_path like ?
                        order by a.raised_on desc, a.id desc limit ? offset ?""")
                .params(user.scope().likePattern(), bounded, (long) Math.max(page, 0) * bounded)
                .query((rs, n) -> new Alert(
                        rs.getLong(1),
                        rs.getLong(2),
                        user.mayReadFullNames() ? rs.getString(3) : Masking.name(rs.getString(3)),
                        "1".equals(rs.getString(4)) ? "男" : "女",
                        Period.between(rs.getObject(5, LocalDate.class), today).getYears(),
                        RedFlag.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .list();
        audit.record(
                AuditLog.Action.SEARCH,
                "resident",
                items.stream().map(Alert::residentId).toList(),
                "weight alerts");
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    public long openCount(CurrentUser user) {
        return jdbc.sql("select count(*) from weight_alert where status = 'OPEN' and unit_path like ?")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
    }

    /** Open flags of one resident (for the resident's own page and the record). */
    public java.util.List<RedFlag> openFlags(long residentId) {
        return jdbc.sql("select flag from weight_alert where status = 'OPEN' and resident_id = ? order by id")
                .param(residentId)
                .query((rs, n) -> RedFlag.valueOf(rs.getString(1)))
                .list();
    }

    /** The doctor has dealt with it (called, seen, adjusted the medicines). */
    @Transactional
    public void handle(long id, CurrentUser user) {
        int changed = jdbc.sql(
                        """
                        update weight_alert set status = 'HANDLED', handled_by = ?, handled_on = ?
                        where id = ? and status = 'OPEN' and unit_path like ?""")
                .params(user.username(), LocalDate.now(clock), id, user.scope().likePattern())
                .update();
        if (changed == 0) {
            throw PlatformException.notFound("WEIGHT_ALERT_NOT_FOUND", "没有找到这条待处理的预警，可能已处理");
        }
        audit.record(AuditLog.Action.UPDATE, "weight_alert", java.util.List.of(id), "weight alert handled");
    }
}
