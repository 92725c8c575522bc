package org.regionalhealth.weight.exercise;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.weight.plan.Plans;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exercise check-ins: an activity of the table, minutes → kcal with the Compendium's MET and the latest weight
 * (kcal ≈ MET × kg × hours); daily steps; the week against 150–300 min and the streak.
 */
@Component
public class CheckIns {

    public static final int MAX_MINUTES = 600;
    public static final int MAX_STEPS = 100_000;

    private final JdbcClient jdbc;
    private final Plans plans;
    private final AuditLog audit;
    private final Clock clock;
    private final Activities activities = Activities.standard();

    CheckIns(JdbcClient jdbc, Plans plans, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ExerciseEntry add(LocalDate day, String activityCode, Integer minutes, CurrentUser user) {
        long residentId = Plans.ownResident(user);
        var errors = new LinkedHashMap<String, String>();
        check(day, errors);
        var activity = activities.find(activityCode == null ? "" : activityCode).orElse(null);
        if (activity == null) {
            errors.put("activity", "请选择运动项目");
        }
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            errors.put("minutes", "运动时长应在1–600分钟之间");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "WEIGHT_INVALID_INPUT", "请核对标红的项目", errors);
        }
        var plan =
                plans.of(residentId).orElseThrow(() -> PlatformException.conflict("WEIGHT_NO_PLAN", "请先建立萧慧减计划，再打卡运动"));
        long id = insert(residentId, day, activity, minutes, plan.latestWeightKg(), Instant.now(clock));
        audit.record(AuditLog.Action.CREATE, "weight_exercise", List.of(id), "weight check-in");
        return new ExerciseEntry(
                id,
                day,
                activity.code(),
                activity.name(),
                minutes,
                activity.met(),
                activity.kcal(minutes, plan.latestWeightKg()));
    }

    /** Writes one check-in (also the demo seeder's writer). */
    public long insert(long residentId, LocalDate day, Activity activity, int minutes, double weightKg, Instant at) {
        return jdbc.sql(
                        """
                        insert into weight_exercise (resident_id, day, activity_code, minutes, met, kcal, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        residentId,
                        day,
                        activity.code(),
                        minutes,
                        activity.met(),
                        activity.kcal(minutes, weightKg),
                        java.sql.Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    @Transactional
    public void steps(LocalDate day, Integer steps, CurrentUser user) {
        long residentId = Plans.ownResident(user);
        var errors = new LinkedHashMap<String, String>();
        check(day, errors);
        if (steps == null || steps < 0 || steps > MAX_STEPS) {
            errors.put("steps", "步数应在0–100000之间");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "WEIGHT_INVALID_INPUT", "请核对标红的项目", errors);
        }
        recordSteps(residentId, day, steps);
        audit.record(AuditLog.Action.CREATE, "weight_steps", List.of(residentId), "weight steps");
    }

    public void recordSteps(long residentId, LocalDate day, int steps) {
        jdbc.sql(
                        """
                        insert into weight_steps (resident_id, day, steps) values (?, ?, ?)
                        on conflict (resident_id, day) do update set steps = excluded.steps""")
                .params(residentId, day, steps)
                .update();
    }

    private void check(LocalDate day, LinkedHashMap<String, String> errors) {
        var today = LocalDate.now(clock);
        if (day == null) {
            errors.put("day", "请选择日期");
        } else if (day.isAfter(today)) {
            errors.put("day", "不能为未来的日期打卡");
        } else if (day.isBefore(today.minusDays(30))) {
            errors.put("day", "只能补记30天内的运动");
        }
    }

    public List<ExerciseEntry> day(long residentId, LocalDate day) {
        return jdbc.sql(
                        """
                        select id, day, activity_code, minutes, met, kcal from weight_exercise
                        where resident_id = ? and day = ? order by id""")
                .params(residentId, day)
                .query((rs, n) -> new ExerciseEntry(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        activities.find(rs.getString(3)).map(Activity::name).orElse(rs.getString(3)),
                        rs.getInt(4),
                        rs.getDouble(5),
                        rs.getInt(6)))
                .list();
    }

    /** This week's minutes (Monday to today), active days and the streak. */
    public WeekActivity week(long residentId) {
        var today = LocalDate.now(clock);
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var from = today.minusDays(120);
        var activeDays = new HashSet<LocalDate>();
        int[] minutes = {0};
        jdbc.sql(
                        """
                        select day, sum(case when met >= 6 then 2 * minutes when met >= 3 then minutes else 0 end)
                        from weight_exercise where resident_id = ? and day between ? and ? group by day""")
                .params(residentId, from, today)
                .query((rs, n) -> {
                    var d = rs.getObject(1, LocalDate.class);
                    activeDays.add(d);
                    if (!d.isBefore(monday)) {
                        minutes[0] += rs.getInt(2);
                    }
                    return 0;
                })
                .list();
        int[] stepsToday = {0};
        jdbc.sql("select day, steps from weight_steps where resident_id = ? and day between ? and ?")
                .params(residentId, from, today)
                .query((rs, n) -> {
                    var d = rs.getObject(1, LocalDate.class);
                    int s = rs.getInt(2);
                    if (s >= WeekActivity.STEPS_GOAL) {
                        activeDays.add(d);
                    }
                    if (d.equals(today)) {
                        stepsToday[0] = s;
                    }
                    return 0;
                })
                .list();
        int streak = 0;
        var d = activeDays.contains(today) ? today : today.minusDays(1);
        while (activeDays.contains(d)) {
            streak++;
            d = d.minusDays(1);
        }
        int weekDays =
                (int) activeDays.stream().filter(x -> !x.isBefore(monday)).count();
        return new WeekActivity(minutes[0], weekDays, streak, stepsToday[0]);
    }
}
