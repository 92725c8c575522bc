package org.regionalhealth.surveillance.schoolcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.surveillance.signals.Categories;
import org.regionalhealth.surveillance.signals.RuleEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores class checks and runs the rule table on ingest, in one transaction: the check, its pupils as person events
 * (one per symptom, plus {@code ili} for fever with cough or sore throat — 《流感样病例暴发疫情处置指南(2018年版)》
 * ILI = fever ≥ 38 °C with cough or sore throat), the school's daily sick-absence and symptom counts for the
 * statistical detectors, and any signal the rules raise. Re-entering a class's day replaces it.
 */
@Service
public class SchoolChecks {

    /** How many days back a nurse may enter or correct a check. */
    public static final int BACKFILL_DAYS = 7;

    /** How many days back an unnamed continuing pupil is looked for in the same class. */
    public static final int CONTINUING_DAYS = 3;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final RuleEngine rules;
    private final AuditLog audit;

    SchoolChecks(JdbcClient jdbc, Organizations organizations, RuleEngine rules, AuditLog audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.rules = rules;
        this.audit = audit;
    }

    /** What the save did: the check, and the rules its class reached (for the nurse's 24-h report duty). */
    public record Saved(long checkId, Set<Long> signals) {}

    @Transactional
    public Saved save(ClassCheck check, long ownUnitId, DataScope scope, String actor, LocalDate today, Instant now) {
        Unit school = school(check.schoolCode(), ownUnitId, scope);
        validate(check, today, BACKFILL_DAYS);
        // the page offers the classes of the school's stage (SchoolStage); the API and uploads accept any valid one
        return store(check, school, actor, today, now, false);
    }

    /**
     * Whether the class already has a check on that day (a second save replaces it: the page asks first), and who
     * recorded it.
     */
    public java.util.Optional<String> recordedBy(
            long ownUnitId, DataScope scope, LocalDate date, int grade, String className) {
        return jdbc.sql(
                        """
                        select k.recorded_by from surveillance_school_check k
                          join surveillance_school_class c on c.id = k.class_id
                         where c.school_id = ? and c.grade = ? and c.class_name = ? and k.check_date = ?
                           and c.unit_path like ?""")
                .params(ownUnitId, grade, className.trim(), date, scope.likePattern())
                .query(String.class)
                .optional();
    }

    /** Validates a check as {@link #save} would, without storing it (batch imports validate every row first). */
    public void validateFor(ClassCheck check, long ownUnitId, DataScope scope, LocalDate today) {
        school(check.schoolCode(), ownUnitId, scope);
        validate(check, today, BACKFILL_DAYS);
    }

    /** Stores without the backfill limit (the demo simulator writing history); validation otherwise identical. */
    @Transactional
    public Saved saveHistory(ClassCheck check, Unit school, LocalDate today, Instant now) {
        validate(check, today, 100_000);
        return store(check, school, "simulator", today, now, true);
    }

    private Unit school(String code, long ownUnitId, DataScope scope) {
        Unit school = code == null || code.isBlank()
                ? organizations.find(ownUnitId).orElseThrow()
                : organizations
                        .findByCode(code.trim())
                        .orElseThrow(() ->
                                PlatformException.invalidField("unknown-school", "schoolCode", "学校代码不存在：" + code));
        if (school.type() != UnitType.SCHOOL) {
            throw PlatformException.invalidField("not-a-school", "schoolCode", school.name() + " 不是学校或幼儿园");
        }
        if (!scope.covers(school.path())) {
            throw PlatformException.forbidden("school-out-of-scope", "您无权为 " + school.name() + " 录入晨午检");
        }
        return school;
    }

    private static final Map<String, String> FIELD_NAMES =
            Map.of("grade", "年级", "enrolled", "应到人数", "present", "实到人数", "absentIll", "因病缺勤人数");

    static void validate(ClassCheck c, LocalDate today, int backfillDays) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.date() == null) {
            errors.put("date", "请填写检查日期");
        } else if (c.date().isAfter(today)) {
            errors.put("date", "检查日期不能晚于今天");
        } else if (c.date().isBefore(today.minusDays(backfillDays))) {
            errors.put("date", "只能补录 " + backfillDays + " 天内的晨午检");
        }
        if (c.grade() == null || c.enrolled() == null || c.present() == null || c.absentIll() == null) {
            for (var e : java.util.Map.of(
                            "grade", java.util.Optional.ofNullable(c.grade()),
                            "enrolled", java.util.Optional.ofNullable(c.enrolled()),
                            "present", java.util.Optional.ofNullable(c.present()),
                            "absentIll", java.util.Optional.ofNullable(c.absentIll()))
                    .entrySet()) {
                if (e.getValue().isEmpty()) {
                    errors.put(e.getKey(), "请填写" + FIELD_NAMES.get(e.getKey()));
                }
            }
            throw new PlatformException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "invalid-school-check",
                    String.join("；", errors.values()),
                    errors);
        }
        if (!SchoolStage.valid(c.grade())) {
            errors.put("grade", "年级应为 1–12 年级或幼儿园的托班、小班、中班、大班");
        }
        if (c.className() == null
                || c.className().isBlank()
                || c.className().trim().length() > 40) {
            errors.put("className", "请填写班级（不超过 40 字）");
        }
        if (c.enrolled() < 1 || c.enrolled() > 200) {
            errors.put("enrolled", "应到人数应为 1–200");
        }
        if (c.present() < 0 || c.present() > c.enrolled()) {
            errors.put("present", "实到人数应在 0 与应到人数之间");
        }
        if (c.absentIll() < 0 || c.absentIll() > c.enrolled() - c.present()) {
            errors.put("absentIll", "因病缺勤人数不能超过缺勤人数（应到 − 实到）");
        }
        int sick = 0;
        for (int i = 0; i < c.groups().size(); i++) {
            ClassCheck.SickGroup g = c.groups().get(i);
            String at = "groups[" + i + "]";
            if (g.count() < 1 || g.count() > c.enrolled()) {
                errors.put(at + ".count", "第 " + (i + 1) + " 组人数应为 1 至应到人数");
            }
            if (g.symptoms().isEmpty()) {
                errors.put(at + ".symptoms", "第 " + (i + 1) + " 组请至少选择一个症状");
            }
            for (String s : g.symptoms()) {
                if (!Categories.SCHOOL_SYMPTOMS.containsKey(s)) {
                    errors.put(at + ".symptoms", "未知症状：" + s);
                }
            }
            if (g.continuing() < 0 || g.continuing() > g.count()) {
                errors.put(at + ".continuing", "第 " + (i + 1) + " 组持续缺勤人数应为 0 至该组人数");
            }
            if (!g.names().isEmpty() && g.names().size() != g.count()) {
                errors.put(at + ".names", "第 " + (i + 1) + " 组姓名数与人数不一致");
            }
            for (String n : g.names()) {
                if (n.isBlank() || n.length() > 30) {
                    errors.put(at + ".names", "第 " + (i + 1) + " 组姓名无效");
                }
            }
            sick += Math.max(g.count(), 0);
        }
        if (sick > c.enrolled()) {
            errors.put("groups", "有症状学生总数超过应到人数");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "invalid-school-check",
                    String.join("；", errors.values()),
                    errors);
        }
    }

    private Saved store(ClassCheck c, Unit school, String actor, LocalDate today, Instant now, boolean simulated) {
        String className = c.className().trim();
        long classId = jdbc.sql(
                        """
                        insert into surveillance_school_class (school_id, unit_path, town_code, grade, class_name, enrolled)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (school_id, grade, class_name) do update set enrolled = excluded.enrolled
                        returning id""")
                .params(school.id(), school.path(), town(school), c.grade(), className, c.enrolled())
                .query(Long.class)
                .single();
        int sick = c.groups().stream().mapToInt(ClassCheck.SickGroup::count).sum();
        int continuing = c.groups().stream()
                .filter(g -> g.names().isEmpty())
                .mapToInt(ClassCheck.SickGroup::continuing)
                .sum();
        long checkId = jdbc.sql(
                        """
                        insert into surveillance_school_check (class_id, check_date, enrolled, present, absent_ill,
                            sick_pupils, continuing_pupils, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (class_id, check_date) do update set enrolled = excluded.enrolled,
                            present = excluded.present, absent_ill = excluded.absent_ill,
                            sick_pupils = excluded.sick_pupils, continuing_pupils = excluded.continuing_pupils,
                            recorded_by = excluded.recorded_by,
                            recorded_at = excluded.recorded_at
                        returning id""")
                .params(
                        classId,
                        c.date(),
                        c.enrolled(),
                        c.present(),
                        c.absentIll(),
                        sick,
                        continuing,
                        actor,
                        java.sql.Timestamp.from(now))
                .query(Long.class)
                .single();
        jdbc.sql("delete from surveillance_case_event where channel = 'school' and source_id = ?")
                .param(checkId)
                .update();
        String classKey = school.id() + "/" + c.grade() + "/" + className;
        String classLabel = school.name() + " " + SchoolStage.label(c.grade()) + className;
        Set<String> categories = new LinkedHashSet<>();
        Set<String> persons = new java.util.HashSet<>();
        List<Object[]> events = new ArrayList<>();
        java.util.Deque<String> earlier = new java.util.ArrayDeque<>(earlierUnnamed(classKey, c.date()));
        for (int g = 0; g < c.groups().size(); g++) {
            ClassCheck.SickGroup group = c.groups().get(g);
            Set<String> cats = new LinkedHashSet<>(group.symptoms());
            if (cats.contains("fever") && (cats.contains("cough") || cats.contains("sore_throat"))) {
                cats.add("ili");
            }
            categories.addAll(cats);
            for (int i = 0; i < group.count(); i++) {
                String name =
                        group.names().isEmpty() ? null : group.names().get(i).trim();
                // an unnamed continuing pupil keeps the identity of an unnamed pupil of the class's previous days
                String again = name == null && i < group.continuing() ? earlier.pollFirst() : null;
                String person = again != null
                        ? again
                        : "class:" + classId + ":" + (name != null ? name : c.date() + ":" + g + ":" + i);
                persons.add(person);
                for (String cat : cats) {
                    events.add(new Object[] {
                        checkId,
                        person,
                        name,
                        cat,
                        c.date(),
                        classKey,
                        classLabel,
                        school.id(),
                        town(school),
                        school.path()
                    });
                }
            }
        }
        for (Object[] e : events) {
            jdbc.sql(
                            """
                            insert into surveillance_case_event (channel, source_id, person_key, person_name, category,
                                event_date, class_key, class_label, school_id, town_code, unit_path)
                            values ('school', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e)
                    .update();
        }
        recount(school, c.date());
        if (!simulated && c.groups().stream().anyMatch(g -> !g.names().isEmpty())) {
            audit.record(AuditLog.Action.CREATE, "school-check", List.of(checkId), "school check with pupils' names");
        }
        Set<Long> signals = rules.evaluate(categories, Set.of(town(school)), persons, c.date(), today, now, simulated);
        return new Saved(checkId, signals);
    }

    /**
     * The unnamed pupils of the class on its previous {@link #CONTINUING_DAYS} days, the most recently seen first:
     * whom a continuing case of today is.
     */
    private List<String> earlierUnnamed(String classKey, LocalDate date) {
        return jdbc.sql(
                        """
                        select person_key from surveillance_case_event
                        where channel = 'school' and class_key = ? and person_name is null
                          and event_date between ? and ?
                        group by person_key order by max(event_date) desc, person_key""")
                .params(classKey, date.minusDays(CONTINUING_DAYS), date.minusDays(1))
                .query(String.class)
                .list();
    }

    /** The school's day as daily series values: sick absence and pupils per symptom (statistical channel). */
    private void recount(Unit school, LocalDate day) {
        jdbc.sql("delete from surveillance_daily_count where channel = 'school' and unit_id = ? and day = ?")
                .params(school.id(), day)
                .update();
        jdbc.sql(
                        """
                        insert into surveillance_daily_count (channel, unit_id, unit_path, town_code, category, day, count)
                        select 'school', ?, ?, ?, category, ?, count(distinct person_key)
                        from surveillance_case_event
                        where channel = 'school' and school_id = ? and event_date = ? group by category
                        union all
                        select 'school', ?, ?, ?, 'absence', ?, coalesce(sum(k.absent_ill), 0)
                        from surveillance_school_check k join surveillance_school_class c on c.id = k.class_id
                        where c.school_id = ? and k.check_date = ?""")
                .params(
                        school.id(),
                        school.path(),
                        town(school),
                        day,
                        school.id(),
                        day,
                        school.id(),
                        school.path(),
                        town(school),
                        day,
                        school.id(),
                        day)
                .update();
    }

    static String town(Unit unit) {
        return unit.divisionCode().length() >= 9 ? unit.divisionCode().substring(0, 9) : unit.divisionCode();
    }

    /** A saved check as listed on the nurse's page and the API. */
    public record Row(
            long id,
            String schoolName,
            LocalDate date,
            int grade,
            String className,
            int enrolled,
            int present,
            int absentIll,
            int sickPupils,
            int continuingPupils,
            String recordedBy) {}

    /** Checks of one day within the scope. */
    public List<Row> list(DataScope scope, LocalDate date) {
        return jdbc.sql(
                        """
                        select k.id, c.school_id, k.check_date, c.grade, c.class_name, k.enrolled, k.present,
                            k.absent_ill, k.sick_pupils, k.continuing_pupils, k.recorded_by
                        from surveillance_school_check k join surveillance_school_class c on c.id = k.class_id
                        where c.unit_path like ? and k.check_date = ?
                        order by c.school_id, c.grade, c.class_name""")
                .params(scope.likePattern(), date)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        organizations.find(rs.getLong(2)).map(Unit::name).orElse("—"),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getString(11)))
                .list();
    }
}
