package org.regionalhealth.familydoctor.worklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.familydoctor.FamilyDoctorProperties;
import org.regionalhealth.familydoctor.chronic.Disease;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
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

    /**
     * The lists for the day, in {@link #LISTS} order: one statement for the five lists (each ordered and limited on
     * its own), one for the names and phones of everyone on them, both from covering indexes (V5); no parallel
     * workers (they cost more to start than these few hundred rows take); one audit row naming every resident shown.
     */
    @org.springframework.transaction.annotation.Transactional
    public Map<String, List<WorkItem>> forDay(LocalDate today, CurrentUser user) {
        return shown(rows(today, user, LIMIT, null), today, user);
    }

    /**
     * The page's overview (issue 16: no list longer than a page): the first {@code perList} of each list and how
     * many each holds.
     */
    @org.springframework.transaction.annotation.Transactional
    public Overview overview(LocalDate today, CurrentUser user, int perList) {
        var lists = shown(rows(today, user, Math.max(1, Math.min(perList, LIMIT)), null), today, user);
        return new Overview(lists, counts(today, user));
    }

    /** The first lists of the day with the size of each. */
    public record Overview(Map<String, List<WorkItem>> lists, Map<String, Long> totals) {}

    /** One page of one list, for working through a long list. */
    @org.springframework.transaction.annotation.Transactional
    public PageResult<WorkItem> page(LocalDate today, CurrentUser user, String list, int page, int size) {
        if (!LISTS.contains(list)) {
            throw PlatformException.invalid("WORKLIST_UNKNOWN", "没有这个清单");
        }
        int limit = PageResult.boundedSize(size);
        int from = Math.max(page, 0) * limit;
        var rows = rows(today, user, from + limit, list);
        var mine = rows.get(list);
        var slice = new LinkedHashMap<String, List<WorkItem>>();
        LISTS.forEach(l -> slice.put(l, List.of()));
        slice.put(list, from >= mine.size() ? List.of() : mine.subList(from, mine.size()));
        var shown = shown(slice, today, user).get(list);
        return new PageResult<>(shown, counts(today, user).get(list), Math.max(page, 0), limit);
    }

    /** How many each list holds (the same conditions as the lists, counted). */
    Map<String, Long> counts(LocalDate today, CurrentUser user) {
        var totals = new LinkedHashMap<String, Long>();
        LISTS.forEach(list -> totals.put(list, 0L));
        jdbc.sql(
                        """
                        select 'OVERDUE', count(*) from familydoctor_chronic_patient p
                         where p.status = 'ACTIVE' and p.next_due_kind in ('FIRST', 'ROUTINE') and p.unit_path like :scope
                           and p.next_due < :today
                        union all
                        select 'DUE', count(*) from familydoctor_chronic_patient p
                         where p.status = 'ACTIVE' and p.next_due_kind in ('FIRST', 'ROUTINE') and p.unit_path like :scope
                           and p.next_due between :today and :week
                        union all
                        select 'RECHECK', count(*) from familydoctor_chronic_patient p
                         where p.status = 'ACTIVE' and p.next_due_kind = 'RECHECK' and p.unit_path like :scope
                        union all
                        select 'REFERRAL', count(*) from familydoctor_referral f
                         where f.checked_on is null and f.unit_path like :scope
                        union all
                        select 'RENEWAL', count(*) from familydoctor_contract c
                         where c.status = 'SIGNED' and c.unit_path like :scope and c.end_date between :today and :until
                        """)
                .param("scope", user.scope().likePattern())
                .param("today", today)
                .param("week", today.plusDays(7))
                .param("until", today.plusDays(properties.renewalReminderDays()))
                .query((rs, n) -> totals.put(rs.getString(1), rs.getLong(2)))
                .list();
        return totals;
    }

    /** The rows of the lists (all, or only {@code only}), each ordered and limited on its own, not yet named. */
    private Map<String, List<WorkItem>> rows(LocalDate today, CurrentUser user, int limit, @Nullable String only) {
        jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
        var result = new LinkedHashMap<String, List<WorkItem>>();
        LISTS.forEach(list -> result.put(list, new ArrayList<>()));
        jdbc.sql(
                        """
                        (select 'OVERDUE' as list, p.id, p.id as patient_id, p.resident_id, p.disease, p.next_due as due,
                                p.next_due_kind as kind, false as emergency, null::varchar as reason
                         from familydoctor_chronic_patient p
                         where p.status = 'ACTIVE' and p.next_due_kind in ('FIRST', 'ROUTINE') and p.unit_path like :scope
                           and p.next_due < :today
                         order by p.next_due, p.id limit :limit)
                        union all
                        (select 'DUE', p.id, p.id, p.resident_id, p.disease, p.next_due, p.next_due_kind, false, null
                         from familydoctor_chronic_patient p
                         where p.status = 'ACTIVE' and p.next_due_kind in ('FIRST', 'ROUTINE') and p.unit_path like :scope
                           and p.next_due between :today and :week
                         order by p.next_due, p.id limit :limit)
                        union all
                        (select 'RECHECK', p.id, p.id, p.resident_id, p.disease, p.next_due, p.next_due_kind, false, null
                         from familydoctor_chronic_patient p
                         where p.status = 'ACTIVE' and p.next_due_kind = 'RECHECK' and p.unit_path like :scope
                         order by p.next_due, p.id limit :limit)
                        union all
                        (select 'REFERRAL', f.id, f.patient_id, f.resident_id, p.disease, f.check_due, f.hospital_status,
                                f.emergency, case when f.hospital_status = 'RETURNED'
                                    then f.reason || '；医院已下转：' || coalesce(f.return_advice, '') else f.reason end
                         from familydoctor_referral f join familydoctor_chronic_patient p on p.id = f.patient_id
                         where f.checked_on is null and f.unit_path like :scope
                         order by f.check_due, f.id limit :limit)
                        union all
                        (select 'RENEWAL', c.id, null, c.resident_id, null, c.end_date, null, false, null
                         from familydoctor_contract c
                         where c.status = 'SIGNED' and c.unit_path like :scope and c.end_date between :today and :until
                         order by c.end_date, c.id limit :limit)
                        """)
                .param("scope", user.scope().likePattern())
                .param("today", today)
                .param("week", today.plusDays(7))
                .param("until", today.plusDays(properties.renewalReminderDays()))
                .param("limit", limit)
                .query((rs, n) -> new Row(
                        rs.getString("list"),
                        rs.getLong("id"),
                        rs.getObject("patient_id", Long.class),
                        rs.getLong("resident_id"),
                        rs.getString("disease"),
                        rs.getObject("due", LocalDate.class),
                        rs.getString("kind"),
                        rs.getBoolean("emergency"),
                        rs.getString("reason")))
                .list()
                .forEach(row -> result.get(row.list()).add(row.toItem(today)));
        if (only != null) {
            result.replaceAll((list, items) -> list.equals(only) ? items : new ArrayList<>());
        }
        return result;
    }

    /** Names and contact details of the residents shown, read once and audited as one search. */
    private Map<String, List<WorkItem>> shown(Map<String, List<WorkItem>> result, LocalDate today, CurrentUser user) {
        var ids = new ArrayList<Long>();
        result.values().forEach(list -> list.forEach(i -> ids.add(i.residentId())));
        var people = people(ids);
        result.replaceAll((list, items) -> items.stream()
                .map(i -> people.containsKey(i.residentId()) ? complete(i, people.get(i.residentId()), today, user) : i)
                .toList());
        audit.record(AuditLog.Action.SEARCH, "resident", ids, "familydoctor worklist " + today);
        return result;
    }

    /** The residents' names and contact details, one indexed read for all lists (covering index, V5). */
    private Map<Long, Object[]> people(List<Long> ids) {
        var byId = new java.util.HashMap<Long, Object[]>();
        if (ids.isEmpty()) {
            return byId;
        }
        jdbc.sql(
                        """
                        select resident_id, name, sex, birth_date, phone from familydoctor_person
                        where resident_id = any(cast(? as bigint[]))""")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> byId.put(rs.getLong(1), new Object[] {
                    rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5)
                }))
                .list();
        return byId;
    }

    private WorkItem complete(WorkItem item, Object[] person, LocalDate today, CurrentUser user) {
        int age = java.time.Period.between((LocalDate) person[2], today).getYears();
        String phone = (String) person[3];
        String method =
                switch (item.list()) {
                    case "RECHECK" -> "CLINIC";
                    case "REFERRAL", "RENEWAL" -> phone == null ? "HOME" : "PHONE";
                    default -> age >= 80 || phone == null ? "HOME" : "CLINIC";
                };
        return new WorkItem(
                item.list(),
                item.refId(),
                item.patientId(),
                item.residentId(),
                (String) person[0],
                person[1].equals("1") ? "男" : "女",
                age,
                shown(phone, user),
                item.what(),
                item.due(),
                item.daysOverdue(),
                method);
    }

    private record Row(
            String list,
            long id,
            Long patientId,
            long residentId,
            String disease,
            LocalDate due,
            String kind,
            boolean emergency,
            String reason) {

        WorkItem toItem(LocalDate today) {
            String what =
                    switch (list) {
                        case "REFERRAL" ->
                            Disease.valueOf(disease).labelZh() + (emergency ? " 紧急转诊：" : " 转诊：") + reason;
                        case "RENEWAL" -> "签约到期续约";
                        default ->
                            Disease.valueOf(disease).labelZh()
                                    + (kind.equals("FIRST") ? " 首次随访" : kind.equals("RECHECK") ? " 2周复查" : " 常规随访");
                    };
            long overdue = list.equals("RENEWAL") ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, today));
            return new WorkItem(list, id, patientId, residentId, "", "", 0, null, what, due, overdue, "");
        }
    }

    private static String shown(String phone, CurrentUser user) {
        return user.mayReadFullIdentifiers() ? phone : Masking.phone(phone);
    }
}
