package org.regionalhealth.weight.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.weight.WeightProperties;
import org.regionalhealth.weight.diary.DietLog;
import org.regionalhealth.weight.diary.Meal;
import org.regionalhealth.weight.exercise.Activities;
import org.regionalhealth.weight.exercise.CheckIns;
import org.regionalhealth.weight.food.Food;
import org.regionalhealth.weight.food.FoodTable;
import org.regionalhealth.weight.norms.ActivityLevel;
import org.regionalhealth.weight.norms.PlanInput;
import org.regionalhealth.weight.norms.PlanRules;
import org.regionalhealth.weight.plan.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo enrolment: a share of the district's overweight-looking adults (18–74) plus the demo {@code resident} account,
 * each with a plan made {@code demoWeeks} ago by the plan rules, three meals a day from typical Zhejiang menus, brisk
 * walks and square dancing on most days, steps, and weekly weigh-ins on a trajectory that differs by adherence (some
 * reach 5 %, some gain; one in forty loses too fast and raises the red flag). Written through the module's writers;
 * idempotent (nothing happens when a plan exists).
 */
@Component
class WeightDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(WeightDemoSeeder.class);

    private static final String[][] BREAKFASTS = {
        {"F003", "1", "E001", "1", "V030", "1"},
        {"F005", "1", "B004", "1", "E001", "1"},
        {"F007", "2", "B004", "1"},
        {"F004", "1", "E002", "1", "F020", "1"},
        {"F012", "1", "B004", "1"},
        {"F025", "1", "B005", "1", "R002", "1"},
        {"F016", "1"}
    };
    private static final String[][] LUNCHES = {
        {"F001", "1", "D001", "1", "D014", "1"},
        {"F001", "1", "D009", "0.5", "D015", "1"},
        {"D029", "1"},
        {"F001", "1", "D002", "1", "D032", "1"},
        {"D048", "1"},
        {"F001", "1", "D012", "1", "V001", "1"},
        {"F002", "1", "E011", "2", "D015", "1"}
    };
    private static final String[][] DINNERS = {
        {"F001", "1", "D007", "0.5", "D014", "1"},
        {"F009", "1", "E005", "1", "V003", "1"},
        {"F021", "1", "D054", "1", "D035", "1"},
        {"F001", "1", "D005", "0.5", "D014", "1"},
        {"F015", "10"},
        {"F001", "1", "D013", "1", "D033", "1"}
    };
    private static final String[] SNACKS = {"R001", "R002", "B007", "R004", "B013", "K003"};

    private final JdbcClient jdbc;
    private final Plans plans;
    private final DietLog diet;
    private final CheckIns checkIns;
    private final WeightProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AccountAdministration accounts;

    WeightDemoSeeder(
            JdbcClient jdbc,
            Plans plans,
            DietLog diet,
            CheckIns checkIns,
            WeightProperties properties,
            TransactionTemplate tx,
            Clock clock,
            AccountAdministration accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.plans = plans;
        this.diet = diet;
        this.checkIns = checkIns;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    private record Person(long id, Sex sex, LocalDate birth, String unitPath, String division) {}

    @Override
    public void seed(DemoSettings settings) {
        if (jdbc.sql("select exists(select 1 from weight_plan)")
                .query(Boolean.class)
                .single()) {
            return;
        }
        long started = System.nanoTime();
        var today = LocalDate.now(clock);
        var random = new SplittableRandom(settings.seed() ^ 0x22L);
        var people = new ArrayList<Person>();
        Long demoResident = accounts.residentOf("resident").orElse(null);
        jdbc.sql(
                        """
                        select id, sex, birth_date, unit_path, division_code from residents_resident
                        where birth_date between ? and ? order by id""")
                .params(today.minusYears(PlanRules.ELDERLY_AGE).plusDays(1), today.minusYears(18))
                .query((rs, n) -> new Person(
                        rs.getLong(1),
                        "1".equals(rs.getString(2)) ? Sex.MALE : Sex.FEMALE,
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5)))
                .list()
                .forEach(p -> {
                    if (demoResident != null && p.id() == demoResident) {
                        people.add(0, p);
                    } else if (people.size() < properties.demoMaxEnrolled()
                            && random.nextDouble() < properties.demoShare()) {
                        people.add(p);
                    }
                });
        if (demoResident != null && (people.isEmpty() || people.get(0).id() != demoResident)) {
            jdbc.sql("select id, sex, birth_date, unit_path, division_code from residents_resident where id = ?")
                    .param(demoResident)
                    .query((rs, n) -> new Person(
                            rs.getLong(1),
                            "1".equals(rs.getString(2)) ? Sex.MALE : Sex.FEMALE,
                            rs.getObject(3, LocalDate.class),
                            rs.getString(4),
                            rs.getString(5)))
                    .optional()
                    .ifPresent(p -> people.add(0, p));
        }
        int weeks = properties.demoWeeks();
        for (int i = 0; i < people.size(); i++) {
            var p = people.get(i);
            boolean demo = demoResident != null && p.id() == demoResident;
            long seed = random.nextLong();
            tx.executeWithoutResult(s -> enrol(p, today, weeks, new SplittableRandom(seed), demo));
        }
        log.info(
                "Weight demo: {} residents enrolled with {} weeks of logs in {} ms",
                people.size(),
                weeks,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void enrol(Person p, LocalDate today, int weeks, SplittableRandom random, boolean demo) {
        var start = today.minusWeeks(weeks);
        double height = p.sex() == Sex.MALE ? 164 + random.nextDouble() * 14 : 152 + random.nextDouble() * 12;
        height = Math.round(height * 10) / 10.0;
        double bmi = demo ? 27.2 : 24.2 + random.nextDouble() * 8;
        double weight = Math.round(bmi * height * height / 10000 * 10) / 10.0;
        double waist = Math.round((p.sex() == Sex.MALE ? 80 : 74) + (bmi - 22) * 2.2 + random.nextDouble() * 4);
        PlanInput input = null;
        org.regionalhealth.weight.norms.Plan plan = null;
        // a small older woman's expenditure may leave no room for 500 kcal above the floor: smaller deficits, then none
        for (int deficit : new int[] {500, 300, 0}) {
            input = new PlanInput(
                    p.sex(),
                    p.birth(),
                    start,
                    height,
                    weight,
                    waist,
                    ActivityLevel.LIGHT,
                    deficit,
                    false,
                    false,
                    false,
                    false,
                    false);
            try {
                plan = PlanRules.make(input);
                break;
            } catch (org.regionalhealth.platform.PlatformException e) {
                plan = null;
            }
        }
        if (plan == null) {
            return;
        }
        plans.store(p.id(), p.unitPath(), p.division(), p.sex(), p.birth(), input, plan, start);
        var stored = plans.of(p.id()).orElseThrow();
        // adherence: 0 (gains a little) … 1 (follows the plan); one in forty loses too fast
        double adherence = random.nextDouble();
        boolean tooFast = !demo && random.nextInt(40) == 0;
        double weeklyChange = tooFast ? -1.4 : -0.75 * adherence + 0.15 + random.nextGaussian() * 0.08;
        var meals = new ArrayList<DietLog.Row>();
        var walk = Activities.standard().find("A03").orElseThrow();
        var dance = Activities.standard().find("A05").orElseThrow();
        ZoneId zone = clock.getZone();
        var foods = FoodTable.standard();
        LocalDate lastDay = demo ? today.minusDays(1) : today;
        for (var day = start; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Instant at = day.atTime(12, 0).atZone(zone).toInstant();
            boolean logs = random.nextDouble() < 0.45 + 0.5 * adherence;
            if (logs) {
                add(meals, p.id(), day, Meal.BREAKFAST, BREAKFASTS[random.nextInt(BREAKFASTS.length)], foods, at);
                add(meals, p.id(), day, Meal.LUNCH, LUNCHES[random.nextInt(LUNCHES.length)], foods, at);
                add(meals, p.id(), day, Meal.DINNER, DINNERS[random.nextInt(DINNERS.length)], foods, at);
                if (random.nextDouble() < 0.5) {
                    var snack =
                            foods.find(SNACKS[random.nextInt(SNACKS.length)]).orElseThrow();
                    meals.add(new DietLog.Row(p.id(), day, Meal.SNACK, snack, snack.portionGrams(), at));
                }
            }
            if (random.nextDouble() < 0.3 + 0.5 * adherence) {
                var activity = random.nextInt(4) == 0 ? dance : walk;
                checkIns.insert(p.id(), day, activity, 20 + 5 * random.nextInt(6), stored.latestWeightKg(), at);
            }
            if (random.nextDouble() < 0.6) {
                checkIns.recordSteps(p.id(), day, 3000 + random.nextInt(8000));
            }
            long daysIn = java.time.temporal.ChronoUnit.DAYS.between(start, day);
            if (daysIn > 0 && daysIn % 7 == 0) {
                double kg =
                        Math.round((weight + weeklyChange * daysIn / 7.0 + random.nextGaussian() * 0.2) * 10) / 10.0;
                plans.recordWeighIn(plans.of(p.id()).orElseThrow(), day, Math.max(kg, 30), null);
            }
        }
        diet.insertAll(meals);
    }

    private static void add(
            List<DietLog.Row> rows,
            long resident,
            LocalDate day,
            Meal meal,
            String[] menu,
            FoodTable foods,
            Instant at) {
        for (int i = 0; i < menu.length; i += 2) {
            Food f = foods.find(menu[i]).orElseThrow(() -> new IllegalStateException("menu food missing"));
            rows.add(new DietLog.Row(resident, day, meal, f, f.portionGrams() * Double.parseDouble(menu[i + 1]), at));
        }
    }
}
