package org.regionalhealth.weight.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.residents.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One enrolled resident's course for the clinician (issue 22 item 5: "trends, adherence"): the weigh-ins against the
 * start and the stage target, and week by week since enrolment the average intake on the days logged against the
 * energy target, the days logged, and the active minutes against the national guideline's 150 a week
 * (《中国人群身体活动指南（2021）》: 成年人每周150～300分钟中等强度). The resident is read through the resident index,
 * so the read is scoped and audited there; a plan outside the reader's scope is not found.
 */
@Component
public class Trend {

    /** Weeks shown at most (the latest): half a year of a plan. */
    static final int MAX_WEEKS = 26;

    /** The guideline's weekly minimum of moderate activity. */
    public static final int GUIDELINE_MINUTES = 150;

    public record Point(LocalDate day, double kg) {}

    /**
     * @param averageKcal mean intake over the days logged in the week, null without any
     */
    public record Week(LocalDate start, int number, @Nullable Integer averageKcal, int loggedDays, int activeMinutes) {}

    public record Course(
            long residentId,
            String name,
            String sex,
            int age,
            String kind,
            LocalDate enrolledOn,
            double startKg,
            double latestKg,
            double targetKg,
            int energyTargetKcal,
            List<Point> weighins,
            List<Week> weeks) {}

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final Clock clock;

    Trend(JdbcClient jdbc, ResidentIndex residents, Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.clock = clock;
    }

    public Course of(long residentId, CurrentUser user) {
        record PlanRow(
                String unitPath,
                String kind,
                LocalDate enrolledOn,
                double start,
                double latest,
                double target,
                int energy) {}
        var plan = jdbc.sql(
                        """
                        select unit_path, kind, enrolled_on, start_weight_kg, latest_weight_kg, target_weight_kg,
                               energy_target_kcal
                        from weight_plan where resident_id = ?""")
                .param(residentId)
                .query((rs, n) -> new PlanRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getDouble(4),
                        rs.getDouble(5),
                        rs.getDouble(6),
                        rs.getInt(7)))
                .optional()
                .filter(p -> user.scope().covers(p.unitPath()))
                .orElseThrow(() -> PlatformException.notFound("WEIGHT_NOT_ENROLLED", "该居民未参加萧慧减，或不在您的管理范围内"));
        var resident = residents
                .find(residentId, user, "萧慧减随访：体重趋势")
                .orElseThrow(() -> PlatformException.notFound("WEIGHT_NOT_ENROLLED", "该居民未参加萧慧减，或不在您的管理范围内"));
        var today = LocalDate.now(clock);
        long weeksSince = ChronoUnit.DAYS.between(plan.enrolledOn(), today) / 7 + 1;
        int first = (int) Math.max(0, weeksSince - MAX_WEEKS);
        var from = plan.enrolledOn().plusWeeks(first);
        var weighins = jdbc.sql(
                        "select day, weight_kg from weight_weighin where resident_id = ? and day >= ? order by day")
                .params(residentId, plan.enrolledOn())
                .query((rs, n) -> new Point(rs.getObject(1, LocalDate.class), rs.getDouble(2)))
                .list();
        Map<LocalDate, Double> intake = new HashMap<>();
        jdbc.sql("select day, sum(kcal) from weight_meal where resident_id = ? and day >= ? group by day")
                .params(residentId, from)
                .query(rs -> {
                    intake.put(rs.getObject(1, LocalDate.class), rs.getDouble(2));
                });
        Map<LocalDate, Integer> minutes = new HashMap<>();
        jdbc.sql("select day, sum(minutes) from weight_exercise where resident_id = ? and day >= ? group by day")
                .params(residentId, from)
                .query(rs -> {
                    minutes.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                });
        var weeks = new ArrayList<Week>();
        for (int w = first; w < weeksSince; w++) {
            var start = plan.enrolledOn().plusWeeks(w);
            double kcal = 0;
            int logged = 0;
            int active = 0;
            for (var day = start; day.isBefore(start.plusDays(7)) && !day.isAfter(today); day = day.plusDays(1)) {
                var eaten = intake.get(day);
                if (eaten != null) {
                    kcal += eaten;
                    logged++;
                }
                active += minutes.getOrDefault(day, 0);
            }
            weeks.add(new Week(start, w + 1, logged == 0 ? null : (int) Math.round(kcal / logged), logged, active));
        }
        return new Course(
                residentId,
                user.mayReadFullNames() ? resident.name() : Masking.name(resident.name()),
                resident.sex() == Sex.MALE ? "男" : "女",
                resident.ageOn(today),
                plan.kind(),
                plan.enrolledOn(),
                plan.start(),
                plan.latest(),
                plan.target(),
                plan.energy(),
                weighins,
                weeks);
    }
}
