package org.regionalhealth.weight.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.familydoctor.ChronicConditions;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.weight.RedFlag;
import org.regionalhealth.weight.WeightPlanMade;
import org.regionalhealth.weight.alerts.Alerts;
import org.regionalhealth.weight.norms.ActivityLevel;
import org.regionalhealth.weight.norms.AdultNorms;
import org.regionalhealth.weight.norms.Plan;
import org.regionalhealth.weight.norms.PlanInput;
import org.regionalhealth.weight.norms.PlanKind;
import org.regionalhealth.weight.norms.PlanNote;
import org.regionalhealth.weight.norms.PlanRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment, the plan and weigh-ins. A plan is made by {@link PlanRules} from the resident's record, the family
 * doctor's register (hypertension, diabetes) and the form; its red flags go to the family doctor. A weigh-in updates
 * the latest weight, fills the 12-week weight once, and raises {@link RedFlag#RAPID_LOSS} (more than 1 kg a week over
 * at least two weeks) and {@link RedFlag#UNDERWEIGHT}.
 */
@Component
public class Plans {

    /** Weeks over which a loss of more than 1 kg a week counts as sustained. */
    static final int RAPID_LOSS_WEEKS = 2;

    static final double RAPID_LOSS_KG_PER_WEEK = 1.0;

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final ChronicConditions chronic;
    private final Alerts alerts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Labels labels;
    private final Clock clock;

    Plans(
            JdbcClient jdbc,
            ResidentIndex residents,
            ChronicConditions chronic,
            Alerts alerts,
            ApplicationEventPublisher events,
            AuditLog audit,
            Labels labels,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.chronic = chronic;
        this.alerts = alerts;
        this.events = events;
        this.audit = audit;
        this.labels = labels;
        this.clock = clock;
    }

    /** The resident of the request, refused for anybody but a resident acting on their own record. */
    public static long ownResident(CurrentUser user) {
        return user.scope()
                .residentId()
                .orElseThrow(() -> PlatformException.forbidden("WEIGHT_RESIDENT_ONLY", "只有居民本人可以记录萧慧减"));
    }

    /** Makes (or renews) the plan of the current resident. */
    @Transactional
    public StoredPlan make(PlanForm form, CurrentUser user) {
        long residentId = ownResident(user);
        Resident r = residents
                .find(residentId, user, "weight plan")
                .orElseThrow(() -> PlatformException.notFound("WEIGHT_RESIDENT_NOT_FOUND", "没有找到您的居民档案"));
        var managed = chronic.of(residentId);
        var today = LocalDate.now(clock);
        var input = new PlanInput(
                r.sex(),
                r.birthDate(),
                today,
                form.heightCm(),
                form.weightKg(),
                form.waistCm(),
                form.activity(),
                form.deficitKcal(),
                form.pregnant(),
                form.insulinOrSulfonylurea(),
                form.eatingDisorderRisk(),
                managed.hypertension(),
                managed.diabetes());
        Plan plan = PlanRules.make(input);
        store(residentId, r.unitPath(), r.divisionCode(), r.sex(), r.birthDate(), input, plan, today);
        audit.record(AuditLog.Action.CREATE, "weight_plan", List.of(residentId), "weight plan");
        return of(residentId).orElseThrow();
    }

    /**
     * Stores a plan made by {@link PlanRules} and routes its red flags (also the demo seeder's writer). Enrolment date
     * and start weight stay those of the first plan.
     */
    @Transactional
    public void store(
            long residentId,
            String unitPath,
            String divisionCode,
            Sex sex,
            LocalDate birthDate,
            PlanInput input,
            Plan plan,
            LocalDate day) {
        String category = plan.bmiCategory() != null
                ? plan.bmiCategory().name()
                : plan.childCategory() != null ? plan.childCategory().name() : null;
        String notes = plan.notes().stream().map(Enum::name).collect(Collectors.joining(","));
        jdbc.sql(
                        """
                        insert into weight_plan (resident_id, unit_path, town_code, sex, birth_date, height_cm,
                            start_weight_kg, latest_weight_kg, waist_cm, activity, kind, bmi, category, target_weight_kg,
                            pace_kg_week, weeks, daily_kcal, deficit_kcal, energy_target_kcal, floor_kcal, notes, insulin,
                            enrolled_on, updated_on)
                        values (:resident, :unitPath, :town, :sex, :birth, :height, :weight, :weight, :waist, :activity,
                            :kind, :bmi, :category, :target, :pace, :weeks, :daily, :deficit, :energy, :floor, :notes,
                            :insulin, :day, :day)
                        on conflict (resident_id) do update set height_cm = excluded.height_cm,
                            latest_weight_kg = excluded.latest_weight_kg, waist_cm = excluded.waist_cm,
                            activity = excluded.activity, kind = excluded.kind, bmi = excluded.bmi,
                            category = excluded.category, target_weight_kg = excluded.target_weight_kg,
                            pace_kg_week = excluded.pace_kg_week, weeks = excluded.weeks,
                            daily_kcal = excluded.daily_kcal, deficit_kcal = excluded.deficit_kcal,
                            energy_target_kcal = excluded.energy_target_kcal, floor_kcal = excluded.floor_kcal,
                            notes = excluded.notes, insulin = excluded.insulin, updated_on = excluded.updated_on""")
                .param("resident", residentId)
                .param("unitPath", unitPath)
                .param("town", divisionCode.length() >= 9 ? divisionCode.substring(0, 9) : divisionCode)
                .param("sex", sex == Sex.MALE ? "1" : "2")
                .param("birth", birthDate)
                .param("height", input.heightCm())
                .param("weight", input.weightKg())
                .param("waist", input.waistCm())
                .param("activity", input.activity().name())
                .param("kind", plan.kind().name())
                .param("bmi", plan.bmi())
                .param("category", category)
                .param("target", plan.targetWeightKg())
                .param("pace", plan.paceKgPerWeek())
                .param("weeks", plan.weeks())
                .param("daily", plan.dailyKcal())
                .param("deficit", plan.deficitKcal())
                .param("energy", plan.energyTargetKcal())
                .param("floor", plan.floorKcal())
                .param("notes", notes)
                .param("insulin", input.insulinOrSulfonylurea())
                .param("day", day)
                .update();
        jdbc.sql(
                        """
                        insert into weight_weighin (resident_id, day, weight_kg, waist_cm) values (?, ?, ?, ?)
                        on conflict (resident_id, day) do update set weight_kg = excluded.weight_kg,
                            waist_cm = excluded.waist_cm""")
                .params(residentId, day, input.weightKg(), input.waistCm())
                .update();
        for (RedFlag flag : plan.redFlags()) {
            alerts.raise(residentId, unitPath, flag, reason(flag, plan, input), day);
        }
        events.publishEvent(new WeightPlanMade(
                residentId, unitPath, plan.kind().name(), input.weightKg(), plan.targetWeightKg(), day));
    }

    private String reason(RedFlag flag, Plan plan, PlanInput input) {
        return switch (flag) {
            case UNDERWEIGHT -> "建计划时BMI " + plan.bmi() + "（低于18.5），未制定减重计划";
            case PREGNANCY -> "居民申报孕期，想参加萧慧减，未制定减重计划";
            case EATING_DISORDER -> "居民申报难以控制进食/暴食或催吐，建议评估（必要时转精神心理科）";
            case INSULIN_SHARP_CUT -> "使用胰岛素/磺脲类药物，要求每日减少" + input.deficitKcal() + "千卡，已限制为500千卡，请确认降糖方案";
            case RAPID_LOSS -> labels.of(flag);
        };
    }

    public Optional<StoredPlan> of(long residentId) {
        return jdbc.sql(
                        """
                        select resident_id, unit_path, height_cm, start_weight_kg, latest_weight_kg, waist_cm, activity,
                               kind, bmi, category, target_weight_kg, pace_kg_week, weeks, daily_kcal, deficit_kcal,
                               energy_target_kcal, floor_kcal, notes, insulin, enrolled_on
                        from weight_plan where resident_id = ?""")
                .param(residentId)
                .query((rs, n) -> new StoredPlan(
                        rs.getLong("resident_id"),
                        rs.getString("unit_path"),
                        rs.getDouble("height_cm"),
                        rs.getDouble("start_weight_kg"),
                        rs.getDouble("latest_weight_kg"),
                        rs.getObject("waist_cm") == null ? null : rs.getDouble("waist_cm"),
                        ActivityLevel.valueOf(rs.getString("activity")),
                        PlanKind.valueOf(rs.getString("kind")),
                        rs.getDouble("bmi"),
                        rs.getString("category") == null ? null : categoryLabel(rs.getString("category")),
                        rs.getDouble("target_weight_kg"),
                        rs.getDouble("pace_kg_week"),
                        rs.getInt("weeks"),
                        rs.getInt("daily_kcal"),
                        rs.getInt("deficit_kcal"),
                        rs.getInt("energy_target_kcal"),
                        rs.getInt("floor_kcal"),
                        rs.getString("notes").isEmpty()
                                ? List.of()
                                : Arrays.stream(rs.getString("notes").split(","))
                                        .map(PlanNote::valueOf)
                                        .toList(),
                        rs.getBoolean("insulin"),
                        rs.getObject("enrolled_on", LocalDate.class)))
                .optional();
    }

    private String categoryLabel(String name) {
        try {
            return labels.of(org.regionalhealth.weight.norms.BmiCategory.valueOf(name));
        } catch (IllegalArgumentException e) {
            return labels.of(org.regionalhealth.weight.norms.ChildCategory.valueOf(name));
        }
    }

    /** Records a weigh-in of the current resident (one per day: a second one replaces the first). */
    @Transactional
    public void weighIn(LocalDate day, double weightKg, @Nullable Double waistCm, CurrentUser user) {
        long residentId = ownResident(user);
        var today = LocalDate.now(clock);
        var errors = new java.util.LinkedHashMap<String, String>();
        if (day.isAfter(today)) {
            errors.put("day", "不能记录未来日期的体重");
        } else if (day.isBefore(today.minusDays(30))) {
            errors.put("day", "只能补记30天内的体重");
        }
        if (!(weightKg >= PlanRules.MIN_WEIGHT && weightKg <= PlanRules.MAX_WEIGHT)) {
            errors.put("weightKg", "体重应在20–300公斤之间，请核对（例如 68.5）");
        }
        if (waistCm != null && !(waistCm >= PlanRules.MIN_WAIST && waistCm <= PlanRules.MAX_WAIST)) {
            errors.put("waistCm", "腰围应在40–200厘米之间，请核对");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "WEIGHT_INVALID_INPUT", "请核对标红的项目", errors);
        }
        var plan = of(residentId).orElseThrow(() -> PlatformException.conflict("WEIGHT_NO_PLAN", "请先建立萧慧减计划，再记录体重"));
        recordWeighIn(plan, day, weightKg, waistCm);
        audit.record(AuditLog.Action.CREATE, "weight_weighin", List.of(residentId), "weight weigh-in");
    }

    /** Stores a weigh-in and checks the red flags (also the demo seeder's writer). */
    @Transactional
    public void recordWeighIn(StoredPlan plan, LocalDate day, double weightKg, @Nullable Double waistCm) {
        long residentId = plan.residentId();
        jdbc.sql(
                        """
                        insert into weight_weighin (resident_id, day, weight_kg, waist_cm) values (?, ?, ?, ?)
                        on conflict (resident_id, day) do update set weight_kg = excluded.weight_kg,
                            waist_cm = excluded.waist_cm""")
                .params(residentId, day, weightKg, waistCm)
                .update();
        jdbc.sql(
                        """
                        update weight_plan set latest_weight_kg = (select weight_kg from weight_weighin
                                where resident_id = :r order by day desc limit 1),
                            week12_weight_kg = coalesce(week12_weight_kg, case when :day >= enrolled_on + 84
                                then :kg end)
                        where resident_id = :r""")
                .param("r", residentId)
                .param("day", day)
                .param("kg", weightKg)
                .update();
        BigDecimal bmi = AdultNorms.bmi(weightKg, plan.heightCm());
        if (bmi.compareTo(new BigDecimal("18.5")) < 0) {
            alerts.raise(
                    residentId,
                    plan.unitPath(),
                    RedFlag.UNDERWEIGHT,
                    day + " 体重" + weightKg + "公斤，BMI " + bmi + "（低于18.5）",
                    day);
        }
        rapidLoss(plan, day, weightKg)
                .ifPresent(reason -> alerts.raise(residentId, plan.unitPath(), RedFlag.RAPID_LOSS, reason, day));
    }

    /**
     * More than 1 kg a week over at least two weeks: the latest weigh-in at least 14 days before this one, compared
     * per week with this one.
     */
    Optional<String> rapidLoss(StoredPlan plan, LocalDate day, double weightKg) {
        return jdbc.sql(
                        """
                        select day, weight_kg from weight_weighin where resident_id = ? and day <= ?
                        order by day desc limit 1""")
                .params(plan.residentId(), day.minusDays(7L * RAPID_LOSS_WEEKS))
                .query((rs, n) -> new WeighIn(rs.getObject(1, LocalDate.class), rs.getDouble(2), null))
                .optional()
                .flatMap(earlier -> {
                    long days = ChronoUnit.DAYS.between(earlier.day(), day);
                    double perWeek = (earlier.weightKg() - weightKg) / (days / 7.0);
                    if (perWeek > RAPID_LOSS_KG_PER_WEEK) {
                        return Optional.of(String.format(
                                "%s至%s体重由%.1f降至%.1f公斤，平均每周减%.1f公斤（超过1公斤/周）",
                                earlier.day(), day, earlier.weightKg(), weightKg, perWeek));
                    }
                    return Optional.empty();
                });
    }

    public List<WeighIn> weighIns(long residentId, LocalDate from, LocalDate to) {
        return jdbc.sql(
                        """
                        select day, weight_kg, waist_cm from weight_weighin
                        where resident_id = ? and day between ? and ? order by day""")
                .params(residentId, from, to)
                .query((rs, n) -> new WeighIn(
                        rs.getObject(1, LocalDate.class),
                        rs.getDouble(2),
                        rs.getObject(3) == null ? null : rs.getDouble(3)))
                .list();
    }
}
