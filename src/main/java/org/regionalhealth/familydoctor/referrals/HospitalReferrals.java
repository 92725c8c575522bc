package org.regionalhealth.familydoctor.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.familydoctor.chronic.Disease;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双向转诊, both ends. Upward referrals are opened by the follow-up rules (two uncontrolled visits, emergency
 * criteria) and addressed to a hospital of the station's medical community; here a hospital doctor sees the
 * referrals addressed to their hospital, accepts one, records the outcome and refers the patient back down (下转)
 * with advice; the station sees where each of its referrals stands and the advice on its worklist. Scope: the
 * hospital side filters on the receiving hospital's path, the station side on the patient's unit path. Every list
 * and every change is audited.
 */
@Component
public class HospitalReferrals {

    /** A referral as either end sees it; the resident's name masked. */
    public record Referral(
            long id,
            long residentId,
            String residentName,
            String disease,
            boolean emergency,
            String reason,
            LocalDate referredOn,
            String fromUnitPath,
            @Nullable Long toUnitId,
            String status,
            @Nullable LocalDate acceptedOn,
            @Nullable String hospitalOutcome,
            @Nullable LocalDate returnedOn,
            @Nullable String returnAdvice,
            @Nullable LocalDate checkedOn) {}

    private static final String SELECT =
            """
            select f.id, f.resident_id, r.name, p.disease, f.emergency, f.reason, f.referred_on, f.unit_path, f.to_unit_id,
                   f.hospital_status, f.accepted_on, f.hospital_outcome, f.returned_on, f.return_advice, f.checked_on
            from familydoctor_referral f
            join familydoctor_chronic_patient p on p.id = f.patient_id
            join familydoctor_person r on r.resident_id = f.resident_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    private final Clock clock;

    HospitalReferrals(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Referrals addressed to a hospital in the user's scope: waiting first, then accepted, then returned. */
    public List<Referral> incoming(CurrentUser user) {
        return incoming(user, 0, 200).items();
    }

    /** One page of {@link #incoming(CurrentUser)} (issue 16: every list paged server-side). */
    public PageResult<Referral> incoming(CurrentUser user, int page, int size) {
        int limit = PageResult.boundedSize(size);
        int offset = Math.max(page, 0) * limit;
        var list = jdbc.sql(
                        SELECT
                                + """
                        where f.to_unit_path like ?
                        order by case f.hospital_status when 'SENT' then 0 when 'ACCEPTED' then 1 else 2 end,
                                 f.emergency desc, f.referred_on, f.id limit ? offset ?""")
                .params(user.scope().likePattern(), limit, offset)
                .query((rs, n) -> row(rs))
                .list();
        long total = jdbc.sql("select count(*) from familydoctor_referral f where f.to_unit_path like ?")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        audited(list, "familydoctor referrals incoming");
        return new PageResult<>(list, total, Math.max(page, 0), limit);
    }

    /** Referrals sent from units in the user's scope, newest first. */
    public List<Referral> sent(CurrentUser user) {
        return sent(user, 0, 200).items();
    }

    /** One page of {@link #sent(CurrentUser)}. */
    public PageResult<Referral> sent(CurrentUser user, int page, int size) {
        int limit = PageResult.boundedSize(size);
        int offset = Math.max(page, 0) * limit;
        var list = jdbc.sql(
                        SELECT + " where f.unit_path like ? order by f.referred_on desc, f.id desc limit ? offset ?")
                .params(user.scope().likePattern(), limit, offset)
                .query((rs, n) -> row(rs))
                .list();
        long total = jdbc.sql("select count(*) from familydoctor_referral f where f.unit_path like ?")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        audited(list, "familydoctor referrals sent");
        return new PageResult<>(list, total, Math.max(page, 0), limit);
    }

    /** A hospital doctor accepts a referral addressed to their hospital. */
    @Transactional
    public void accept(long id, CurrentUser user) {
        int n = jdbc.sql(
                        """
                        update familydoctor_referral set hospital_status = 'ACCEPTED', accepted_on = ?, accepted_by = ?
                        where id = ? and hospital_status = 'SENT' and to_unit_path like ?""")
                .params(LocalDate.now(clock), user.username(), id, user.scope().likePattern())
                .update();
        if (n == 0) {
            throw notOpen(id, user, "SENT");
        }
        audit.record(AuditLog.Action.UPDATE, "familydoctor_referral", List.of(id), "referral accepted");
    }

    /**
     * The hospital records what it found and did and refers the patient back down to the station with advice for
     * the follow-ups (下转); the station's 2-week referral check stays the station's to record.
     */
    @Transactional
    public void referBack(long id, String outcome, String advice, CurrentUser user) {
        if (outcome == null || outcome.isBlank() || outcome.length() > 500) {
            throw PlatformException.invalidField("OUTCOME_REQUIRED", "outcome", "请填写诊疗结果（500字以内）");
        }
        if (advice == null || advice.isBlank() || advice.length() > 500) {
            throw PlatformException.invalidField("ADVICE_REQUIRED", "advice", "请填写下转随访建议（500字以内）");
        }
        int n = jdbc.sql(
                        """
                        update familydoctor_referral set hospital_status = 'RETURNED', hospital_outcome = ?, return_advice = ?,
                            returned_on = ?, returned_by = ?
                        where id = ? and hospital_status = 'ACCEPTED' and to_unit_path like ?""")
                .params(
                        outcome.strip(),
                        advice.strip(),
                        LocalDate.now(clock),
                        user.username(),
                        id,
                        user.scope().likePattern())
                .update();
        if (n == 0) {
            throw notOpen(id, user, "ACCEPTED");
        }
        audit.record(AuditLog.Action.UPDATE, "familydoctor_referral", List.of(id), "referral returned to station");
    }

    /** Not found for the user (out of scope or unknown), or in another state: said apart, scope not revealed. */
    private PlatformException notOpen(long id, CurrentUser user, String expected) {
        var status = jdbc.sql("select hospital_status from familydoctor_referral where id = ? and to_unit_path like ?")
                .params(id, user.scope().likePattern())
                .query(String.class)
                .optional();
        return status.isEmpty()
                ? PlatformException.notFound("REFERRAL_NOT_FOUND", "转诊单不存在或不在您的权限范围内")
                : PlatformException.conflict("REFERRAL_STATE", "转诊单当前状态为 " + status.get() + "，此操作需要 " + expected);
    }

    private void audited(List<Referral> list, String purpose) {
        audit.record(
                AuditLog.Action.SEARCH,
                "resident",
                list.stream().map(Referral::residentId).distinct().toList(),
                purpose);
    }

    private static Referral row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Referral(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                Masking.name(rs.getString("name")),
                Disease.valueOf(rs.getString("disease")).labelZh(),
                rs.getBoolean("emergency"),
                rs.getString("reason"),
                rs.getObject("referred_on", LocalDate.class),
                rs.getString("unit_path"),
                rs.getObject("to_unit_id", Long.class),
                rs.getString("hospital_status"),
                rs.getObject("accepted_on", LocalDate.class),
                rs.getString("hospital_outcome"),
                rs.getObject("returned_on", LocalDate.class),
                rs.getString("return_advice"),
                rs.getObject("checked_on", LocalDate.class));
    }
}
