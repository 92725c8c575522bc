package org.regionalhealth.weight.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.weight.food.Food;
import org.regionalhealth.weight.food.FoodTable;
import org.regionalhealth.weight.plan.Plans;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diet log: a food of the table, a portion (in the food's typical portions or grams), a meal and a day; quick-add
 * of recent and frequent foods; totals of a day and a week against the plan. Bad input (unknown food, a portion that
 * nobody eats, a future day) is refused with Chinese messages on the fields and nothing is stored.
 */
@Component
public class DietLog {

    /** At most 2 kg of one food in one entry. */
    public static final double MAX_GRAMS = 2000;

    public static final double MAX_PORTIONS = 20;

    /** How far back a meal may be added. */
    public static final int BACKFILL_DAYS = 30;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final FoodTable foods = FoodTable.standard();

    private final org.springframework.jdbc.core.JdbcTemplate batch;

    DietLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Logs a food for the current resident.
     *
     * @param portions number of typical portions (used when {@code grams} is null)
     * @param grams grams eaten (wins over portions)
     */
    @Transactional
    public MealEntry add(
            LocalDate day,
            @Nullable Meal meal,
            String foodCode,
            @Nullable Double portions,
            @Nullable Double grams,
            CurrentUser user) {
        long residentId = Plans.ownResident(user);
        var errors = new LinkedHashMap<String, String>();
        var today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            errors.put("day", "不能记录未来日期的饮食");
        } else if (day.isBefore(today.minusDays(BACKFILL_DAYS))) {
            errors.put("day", "只能补记30天内的饮食");
        }
        if (meal == null) {
            errors.put("meal", "请选择早餐、午餐、晚餐或加餐");
        }
        Food food = foods.find(foodCode == null ? "" : foodCode).orElse(null);
        if (food == null) {
            errors.put("food", "请从食物库中选择食物（可输入名称或拼音搜索）");
        }
        double g = 0;
        if (grams != null) {
            if (!(grams > 0 && grams <= MAX_GRAMS)) {
                errors.put("grams", "份量应在1–2000克之间，请核对");
            }
            g = grams;
        } else if (portions != null) {
            if (!(portions > 0 && portions <= MAX_PORTIONS)) {
                errors.put("portions", "份数应在0.1–20份之间，请核对");
            } else if (food != null) {
                g = portions * food.portionGrams();
                if (g > MAX_GRAMS) {
                    errors.put("portions", "份量超过2000克，请核对");
                }
            }
        } else {
            errors.put("portions", "请填写吃了几份或多少克");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "WEIGHT_INVALID_INPUT", "请核对标红的项目", errors);
        }
        long id = insert(residentId, day, meal, food, g, Instant.now(clock));
        audit.record(AuditLog.Action.CREATE, "weight_meal", List.of(id), "weight diet log");
        return entry(id, day, meal, food, g);
    }

    private static MealEntry entry(long id, LocalDate day, Meal meal, Food food, double g) {
        return new MealEntry(
                id,
                day,
                meal,
                food.code(),
                food.name(),
                round(g),
                round(food.kcal(g)),
                round(food.proteinPer100g() * g / 100),
                round(food.fatPer100g() * g / 100),
                round(food.carbohydratePer100g() * g / 100));
    }

    /** Writes one entry (also the demo seeder's writer): checked values only. */
    public long insert(long residentId, LocalDate day, Meal meal, Food food, double grams, Instant at) {
        var e = entry(0, day, meal, food, grams);
        return jdbc.sql(
                        """
                        insert into weight_meal (resident_id, day, meal, food_code, grams, kcal, protein_g, fat_g,
                            carb_g, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        residentId,
                        day,
                        meal.name(),
                        food.code(),
                        e.grams(),
                        e.kcal(),
                        e.proteinG(),
                        e.fatG(),
                        e.carbohydrateG(),
                        java.sql.Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** One row of a bulk load (the demo seeder): checked values only. */
    public record Row(long residentId, LocalDate day, Meal meal, Food food, double grams, Instant at) {}

    /** Writes many entries in JDBC batches (the demo seeder's writer). */
    public void insertAll(List<Row> rows) {
        var args = new ArrayList<Object[]>(rows.size());
        for (Row r : rows) {
            var e = entry(0, r.day(), r.meal(), r.food(), r.grams());
            args.add(new Object[] {
                r.residentId(),
                r.day(),
                r.meal().name(),
                r.food().code(),
                e.grams(),
                e.kcal(),
                e.proteinG(),
                e.fatG(),
                e.carbohydrateG(),
                java.sql.Timestamp.from(r.at())
            });
        }
        batch.batchUpdate(
                """
                insert into weight_meal (resident_id, day, meal, food_code, grams, kcal, protein_g, fat_g, carb_g,
                    created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                args);
    }

    @Transactional
    public void remove(long id, CurrentUser user) {
        long residentId = Plans.ownResident(user);
        int n = jdbc.sql("delete from weight_meal where id = ? and resident_id = ?")
                .params(id, residentId)
                .update();
        if (n == 0) {
            throw PlatformException.notFound("WEIGHT_MEAL_NOT_FOUND", "没有找到这条饮食记录");
        }
        audit.record(AuditLog.Action.DELETE, "weight_meal", List.of(id), "weight diet log");
    }

    public List<MealEntry> day(long residentId, LocalDate day) {
        return jdbc.sql(
                        """
                        select id, day, meal, food_code, grams, kcal, protein_g, fat_g, carb_g from weight_meal
                        where resident_id = ? and day = ? order by id""")
                .params(residentId, day)
                .query((rs, n) -> new MealEntry(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        Meal.valueOf(rs.getString(3)),
                        rs.getString(4),
                        foods.find(rs.getString(4)).map(Food::name).orElse(rs.getString(4)),
                        rs.getDouble(5),
                        rs.getDouble(6),
                        rs.getDouble(7),
                        rs.getDouble(8),
                        rs.getDouble(9)))
                .list();
    }

    /** Foods logged most recently (distinct), newest first. */
    public List<Food> recent(long residentId, int limit) {
        return jdbc
                .sql(
                        """
                        select food_code from weight_meal where resident_id = ? and day >= ?
                        group by food_code order by max(id) desc limit ?""")
                .params(residentId, LocalDate.now(clock).minusDays(30), limit)
                .query(String.class)
                .list()
                .stream()
                .flatMap(c -> foods.find(c).stream())
                .toList();
    }

    /** Foods logged most often in the last 30 days. */
    public List<Food> frequent(long residentId, int limit) {
        return jdbc
                .sql(
                        """
                        select food_code from weight_meal where resident_id = ? and day >= ?
                        group by food_code order by count(*) desc, food_code limit ?""")
                .params(residentId, LocalDate.now(clock).minusDays(30), limit)
                .query(String.class)
                .list()
                .stream()
                .flatMap(c -> foods.find(c).stream())
                .toList();
    }

    /** Totals per day from {@code from} to {@code to} (days without entries included with zeros). */
    public List<DayTotals> totals(long residentId, LocalDate from, LocalDate to, int targetKcal) {
        Map<LocalDate, int[]> byDay = new LinkedHashMap<>();
        for (var d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new int[5]);
        }
        jdbc.sql(
                        """
                        select day, sum(kcal), sum(protein_g), sum(fat_g), sum(carb_g) from weight_meal
                        where resident_id = ? and day between ? and ? group by day""")
                .params(residentId, from, to)
                .query((rs, n) -> {
                    var row = byDay.get(rs.getObject(1, LocalDate.class));
                    row[0] = (int) Math.round(rs.getDouble(2));
                    row[1] = (int) Math.round(rs.getDouble(3));
                    row[2] = (int) Math.round(rs.getDouble(4));
                    row[3] = (int) Math.round(rs.getDouble(5));
                    return 0;
                })
                .list();
        jdbc.sql(
                        """
                        select day, sum(kcal) from weight_exercise
                        where resident_id = ? and day between ? and ? group by day""")
                .params(residentId, from, to)
                .query((rs, n) -> byDay.get(rs.getObject(1, LocalDate.class))[4] = rs.getInt(2))
                .list();
        var out = new ArrayList<DayTotals>();
        byDay.forEach((d, v) ->
                out.add(new DayTotals(d, v[0], v[1], v[2], v[3], v[4], targetKcal, targetKcal + v[4] - v[0])));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
