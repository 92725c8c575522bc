package org.regionalhealth.weight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.weight.coach.Coach;
import org.regionalhealth.weight.coach.CoachAnswer;
import org.regionalhealth.weight.diary.DietLog;
import org.regionalhealth.weight.diary.Meal;
import org.regionalhealth.weight.diary.MealEntry;
import org.regionalhealth.weight.exercise.CheckIns;
import org.regionalhealth.weight.exercise.ExerciseEntry;
import org.regionalhealth.weight.food.Food;
import org.regionalhealth.weight.food.FoodTable;
import org.regionalhealth.weight.norms.ActivityLevel;
import org.regionalhealth.weight.plan.PlanForm;
import org.regionalhealth.weight.plan.Plans;
import org.regionalhealth.weight.plan.StoredPlan;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resident's 萧慧减 API (the phone app's): food search, plan, diet log, check-ins, weigh-ins and the coach. Bad
 * input answers RFC 9457 problem details with a Chinese {@code detail}, the stable {@code code}
 * ({@code WEIGHT_INVALID_INPUT}, {@code WEIGHT_PLAN_BELOW_FLOOR}, {@code WEIGHT_NO_PLAN} …) and the fields; nothing is
 * stored.
 */
@RestController
@RequestMapping("/api/weight")
@PreAuthorize("hasRole('RESIDENT')")
class WeightApiController {

    private final Plans plans;
    private final DietLog diet;
    private final CheckIns checkIns;
    private final Coach coach;
    private final CurrentUsers users;
    private final Clock clock;

    WeightApiController(Plans plans, DietLog diet, CheckIns checkIns, Coach coach, CurrentUsers users, Clock clock) {
        this.plans = plans;
        this.diet = diet;
        this.checkIns = checkIns;
        this.coach = coach;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/foods")
    List<Food> foods(@RequestParam(defaultValue = "") String q) {
        return FoodTable.standard().search(q, 20);
    }

    record PlanRequest(
            @Nullable Double heightCm,
            @Nullable Double weightKg,
            @Nullable Double waistCm,
            @Nullable ActivityLevel activity,
            @Nullable Integer deficitKcal,
            @Nullable Boolean pregnant,
            @Nullable Boolean insulinOrSulfonylurea,
            @Nullable Boolean eatingDisorderRisk) {}

    @GetMapping("/plan")
    StoredPlan myPlan() {
        return plans.of(Plans.ownResident(users.require()))
                .orElseThrow(
                        () -> org.regionalhealth.platform.PlatformException.notFound("WEIGHT_NO_PLAN", "您还没有建立萧慧减计划"));
    }

    @PostMapping("/plan")
    StoredPlan plan(@RequestBody PlanRequest r) {
        return plans.make(
                new PlanForm(
                        r.heightCm() == null ? Double.NaN : r.heightCm(),
                        r.weightKg() == null ? Double.NaN : r.weightKg(),
                        r.waistCm(),
                        r.activity() == null ? ActivityLevel.LIGHT : r.activity(),
                        r.deficitKcal() == null ? 500 : r.deficitKcal(),
                        Boolean.TRUE.equals(r.pregnant()),
                        Boolean.TRUE.equals(r.insulinOrSulfonylurea()),
                        Boolean.TRUE.equals(r.eatingDisorderRisk())),
                users.require());
    }

    record MealRequest(
            @Nullable LocalDate day,
            @Nullable Meal meal,
            @Nullable String foodCode,
            @Nullable Double portions,
            @Nullable Double grams) {}

    @PostMapping("/meals")
    @ResponseStatus(HttpStatus.CREATED)
    MealEntry meal(@RequestBody MealRequest r) {
        return diet.add(
                r.day() == null ? LocalDate.now(clock) : r.day(),
                r.meal(),
                r.foodCode(),
                r.portions(),
                r.grams(),
                users.require());
    }

    record ExerciseRequest(@Nullable LocalDate day, @Nullable String activityCode, @Nullable Integer minutes) {}

    @PostMapping("/exercise")
    @ResponseStatus(HttpStatus.CREATED)
    ExerciseEntry exercise(@RequestBody ExerciseRequest r) {
        return checkIns.add(
                r.day() == null ? LocalDate.now(clock) : r.day(), r.activityCode(), r.minutes(), users.require());
    }

    record WeighInRequest(@Nullable LocalDate day, @Nullable Double weightKg, @Nullable Double waistCm) {}

    @PostMapping("/weighins")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> weighIn(@RequestBody WeighInRequest r) {
        var day = r.day() == null ? LocalDate.now(clock) : r.day();
        plans.weighIn(day, r.weightKg() == null ? Double.NaN : r.weightKg(), r.waistCm(), users.require());
        return Map.of("day", day, "weightKg", r.weightKg());
    }

    record Question(@Nullable String question) {}

    @PostMapping("/coach")
    CoachAnswer ask(@RequestBody Question q) {
        return coach.ask(q.question(), users.require());
    }
}
