package org.regionalhealth.familydoctor.worklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalhealth.familydoctor.FamilyDoctorProperties;
import org.regionalhealth.familydoctor.chronic.Disease;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The village doctor's lists for a day (Simple.org's overdue list, research J1): follow-ups due this week, overdue,
 * 2-week rechecks, referrals waiting for their 2-week check and contracts to renew, each with a suggested contact
 * method. One indexed query per list within the user's scope; the names returned are audited as one search.
 */
@Component
public class Worklist {

    public static final List<String> LISTS = List.of("OVERDUE", "DUE", "RECHECK", "REFERRAL", "RENEWAL");
    private static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FamilyDoctorProperties properties;

    Worklist(JdbcClient jdbc, AuditLog audit, FamilyDoctorProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    /** The lists for the day, in {@link #LISTS} order. */
    @org.springframework.transaction.annotation.Transactional
    public Map<String, List<WorkItem>> forDay(LocalDate today, CurrentUser user) {
        String scope = user.scope().likePattern();
        var result = new LinkedHashMap<String, List<WorkItem>>();
        result.put(
                "OVERDUE",
                patients(
                        "OVERDUE",
                        """
                p.next_due_kind in ('FIRST', 'ROUTINE') and p.next_due < :today""",
                        today,
                        scope,
                        user));
        result.put(
                "DUE",
                patients(
                        "DUE",
                        """
                p.next_due_kind in ('FIRST', 'ROUTINE') and p.next_due between :today and :week""",
                        today,
                        scope,
                        user));
        result.put("RECHECK", patients("RECHECK", "p.next_due_kind = 'RECHECK'", today, scope, user));
        result.put("REFERRAL", referrals(today, scope, user));
        result.put("RENEWAL", renewals(today, scope, user));
        var ids = new ArrayList<Long>();
        result.values().forEach(list -> list.forEach(i -> ids.add(i.residentId())));
        audit.record(AuditLog.Action.SEARCH, "resident", ids, "familydoctor worklist " + today);
        return result;
    }

    private List<WorkItem> patients(String list, String condition, LocalDate today, String scope, CurrentUser user) {
        return jdbc.sql(
                        """
                        select p.id, p.resident_id, p.disease, p.next_due, p.next_due_kind, r.name, r.sex, r.birth_date, r.phone
                        from familydoctor_chronic_patient p join familydoctor_person r on r.resident_id = p.resident_id
                        where p.status = 'ACTIVE' and p.unit_path like :scope and """
                                + " " + condition
                                + " order by p.next_due, p.id limit :limit")
                .param("scope", scope)
                .param("today", today)
                .param("week", today.plusDays(7))
                .param("limit", LIMIT)
                .query((rs, n) -> {
                    var due = rs.getObject("next_due", LocalDate.class);
                    int age = java.time.Period.between(rs.getObject("birth_date", LocalDate.class), today)
                            .getYears();
                    String phone = rs.getString("phone");
                    String kind = rs.getString("next_due_kind");
                    String method = list.equals("RECHECK") ? "CLINIC" : age >= 80 || phone == null ? "HOME" : "CLINIC";
                    return new WorkItem(
                            list,
                            rs.getLong("id"),
                            rs.getLong("id"),
                            rs.getLong("resident_id"),
                            rs.getString("name"),
                            rs.getString("sex").equals("1") ? "男" : "女",
                            age,
                            shown(phone, user),
                            Disease.valueOf(rs.getString("disease")).labelZh()
                                    + (kind.equals("FIRST") ? " 首次随访" : kind.equals("RECHECK") ? " 2周复查" : " 常规随访"),
                            due,
                            Math.max(0, ChronoUnit.DAYS.between(due, today)),
                            method);
                })
                .list();
    }

    private List<WorkItem> referrals(LocalDate today, String scope, CurrentUser user) {
        return jdbc.sql(
                        """
                        select f.id, f.patient_id, f.resident_id, f.check_due, f.emergency, f.reason, p.disease,
                               r.name, r.sex, r.birth_date, r.phone
                        from familydoctor_referral f
                        join familydoctor_chronic_patient p on p.id = f.patient_id
                        join familydoctor_person r on r.resident_id = f.resident_id
                        where f.checked_on is null and f.unit_path like :scope
                        order by f.check_due, f.id limit :limit""")
                .param("scope", scope)
                .param("limit", LIMIT)
                .query((rs, n) -> {
                    var due = rs.getObject("check_due", LocalDate.class);
                    String phone = rs.getString("phone");
                    return new WorkItem(
                            "REFERRAL",
                            rs.getLong("id"),
                            rs.getLong("patient_id"),
                            rs.getLong("resident_id"),
                            rs.getString("name"),
                            rs.getString("sex").equals("1") ? "男" : "女",
                            java.time.Period.between(rs.getObject("birth_date", LocalDate.class), today)
                                    .getYears(),
                            shown(phone, user),
                            Disease.valueOf(rs.getString("disease")).labelZh()
                                    + (rs.getBoolean("emergency") ? " 紧急转诊：" : " 转诊：")
                                    + rs.getString("reason"),
                            due,
                            Math.max(0, ChronoUnit.DAYS.between(due, today)),
                            phone == null ? "HOME" : "PHONE");
                })
                .list();
    }

    private List<WorkItem> renewals(LocalDate today, String scope, CurrentUser user) {
        return jdbc.sql(
                        """
                        select c.id, c.resident_id, c.end_date, r.name, r.sex, r.birth_date, r.phone
                        from familydoctor_contract c join familydoctor_person r on r.resident_id = c.resident_id
                        where c.status = 'SIGNED' and c.unit_path like :scope and c.end_date between :today and :until
                        order by c.end_date, c.id limit :limit""")
                .param("scope", scope)
                .param("today", today)
                .param("until", today.plusDays(properties.renewalReminderDays()))
                .param("limit", LIMIT)
                .query((rs, n) -> {
                    String phone = rs.getString("phone");
                    return new WorkItem(
                            "RENEWAL",
                            rs.getLong("id"),
                            null,
                            rs.getLong("resident_id"),
                            rs.getString("name"),
                            rs.getString("sex").equals("1") ? "男" : "女",
                            java.time.Period.between(rs.getObject("birth_date", LocalDate.class), today)
                                    .getYears(),
                            shown(phone, user),
                            "签约到期续约",
                            rs.getObject("end_date", LocalDate.class),
                            0,
                            phone == null ? "HOME" : "PHONE");
                })
                .list();
    }

    private static String shown(String phone, CurrentUser user) {
        return user.mayReadFullIdentifiers() ? phone : Masking.phone(phone);
    }
}
