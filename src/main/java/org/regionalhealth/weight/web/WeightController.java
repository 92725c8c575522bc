package org.regionalhealth.weight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.weight.alerts.Alerts;
import org.regionalhealth.weight.coach.Coach;
import org.regionalhealth.weight.diary.DayTotals;
import org.regionalhealth.weight.diary.DietLog;
import org.regionalhealth.weight.diary.Meal;
import org.regionalhealth.weight.diary.MealEntry;
import org.regionalhealth.weight.exercise.Activities;
import org.regionalhealth.weight.exercise.CheckIns;
import org.regionalhealth.weight.food.FoodTable;
import org.regionalhealth.weight.norms.ActivityLevel;
import org.regionalhealth.weight.plan.PlanForm;
import org.regionalhealth.weight.plan.Plans;
import org.regionalhealth.weight.plan.StoredPlan;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's 萧慧减 on the phone: today (balance, diet log with search by name or pinyin and quick-add, check-in,
 * steps, weigh-in, the week's chart), the plan and the coach. Forms post back to the page; errors stay on their
 * fields with the input kept.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class WeightController {

    private final Plans plans;
    private final DietLog diet;
    private final CheckIns checkIns;
    private final Coach coach;
    private final Alerts alerts;
    private final CurrentUsers users;
    private final Clock clock;

    WeightController(
            Plans plans, DietLog diet, CheckIns checkIns, Coach coach, Alerts alerts, CurrentUsers users, Clock clock) {
        this.plans = plans;
        this.diet = diet;
        this.checkIns = checkIns;
        this.coach = coach;
        this.alerts = alerts;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem weightLink() {
        return new NavigationItem(
                "weight.nav.resident", "/weight", MenuSection.RESIDENT_SERVICES, Set.of(Role.RESIDENT));
    }

    /** The plan form as typed. */
    record PlanFields(
            String heightCm,
            String weightKg,
            String waistCm,
            String activity,
            String deficitKcal,
            boolean pregnant,
            boolean insulin,
            boolean eatingDisorder) {

        static PlanFields of(@Nullable StoredPlan p) {
            if (p == null) {
                return new PlanFields("", "", "", "LIGHT", "500", false, false, false);
            }
            return new PlanFields(
                    trim(p.heightCm()),
                    trim(p.latestWeightKg()),
                    p.waistCm() == null ? "" : trim(p.waistCm()),
                    p.activity().name(),
                    String.valueOf(p.deficitKcal() == 0 ? 500 : p.deficitKcal()),
                    false,
                    p.insulin(),
                    false);
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    @GetMapping("/weight")
    String today(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String meal, Model model) {
        var user = users.require();
        fill(model, user, q, meal);
        return "weight/today";
    }

    private void fill(Model model, CurrentUser user, String q, String meal) {
        long residentId = Plans.ownResident(user);
        var today = LocalDate.now(clock);
        var plan = plans.of(residentId).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("today", today);
        model.addAttribute("meals", Meal.values());
        Meal selected = parseMeal(meal, today);
        model.addAttribute("meal", selected);
        model.addAttribute("q", q);
        model.addAttribute(
                "results", q.isBlank() ? List.of() : FoodTable.standard().search(q, 12));
        model.addAttribute("activities", Activities.standard().all());
        if (!model.containsAttribute("planFields")) {
            model.addAttribute("planFields", PlanFields.of(plan));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("levels", ActivityLevel.values());
        model.addAttribute("flags", alerts.openFlags(residentId));
        if (plan == null) {
            return;
        }
        List<MealEntry> entries = diet.day(residentId, today);
        Map<Meal, List<MealEntry>> byMeal = entries.stream().collect(Collectors.groupingBy(MealEntry::meal));
        model.addAttribute("byMeal", byMeal);
        model.addAttribute("recent", diet.recent(residentId, 6));
        model.addAttribute("frequent", diet.frequent(residentId, 6));
        var week = diet.totals(residentId, today.minusDays(6), today, plan.energyTargetKcal());
        DayTotals day = week.get(week.size() - 1);
        model.addAttribute("day", day);
        model.addAttribute("exercise", checkIns.day(residentId, today));
        model.addAttribute("activity", checkIns.week(residentId));
        model.addAttribute(
                "chartDays",
                week.stream()
                        .map(t -> t.day().getMonthValue() + "/" + t.day().getDayOfMonth())
                        .collect(Collectors.joining(",")));
        model.addAttribute(
                "chartIntake",
                week.stream().map(t -> String.valueOf(t.intakeKcal())).collect(Collectors.joining(",")));
        model.addAttribute(
                "chartTarget",
                week.stream()
                        .map(t -> String.valueOf(t.targetKcal() + t.exerciseKcal()))
                        .collect(Collectors.joining(",")));
        var weighIns = plans.weighIns(residentId, today.minusDays(83), today);
        model.addAttribute(
                "weightDays",
                weighIns.stream()
                        .map(w -> w.day().getMonthValue() + "/" + w.day().getDayOfMonth())
                        .collect(Collectors.joining(",")));
        model.addAttribute(
                "weightValues",
                weighIns.stream().map(w -> String.valueOf(w.weightKg())).collect(Collectors.joining(",")));
    }

    private static Meal parseMeal(String meal, LocalDate today) {
        try {
            return Meal.valueOf(meal);
        } catch (IllegalArgumentException e) {
            return Meal.BREAKFAST;
        }
    }

    @PostMapping("/weight/plan")
    String plan(
            @RequestParam(defaultValue = "") String heightCm,
            @RequestParam(defaultValue = "") String weightKg,
            @RequestParam(defaultValue = "") String waistCm,
            @RequestParam(defaultValue = "LIGHT") String activity,
            @RequestParam(defaultValue = "500") String deficitKcal,
            @RequestParam(defaultValue = "false") boolean pregnant,
            @RequestParam(defaultValue = "false") boolean insulin,
            @RequestParam(defaultValue = "false") boolean eatingDisorder,
            Model model,
            RedirectAttributes flash) {
        var user = users.require();
        var fields =
                new PlanFields(heightCm, weightKg, waistCm, activity, deficitKcal, pregnant, insulin, eatingDisorder);
        try {
            ActivityLevel level;
            try {
                level = ActivityLevel.valueOf(activity);
            } catch (IllegalArgumentException e) {
                level = ActivityLevel.LIGHT;
            }
            plans.make(
                    new PlanForm(
                            number(heightCm),
                            number(weightKg),
                            waistCm.isBlank() ? null : number(waistCm),
                            level,
                            (int) number(deficitKcal),
                            pregnant,
                            insulin,
                            eatingDisorder),
                    user);
            flash.addFlashAttribute("message", "计划已生成");
            return "redirect:/weight#plan";
        } catch (PlatformException e) {
            model.addAttribute("planFields", fields);
            model.addAttribute(
                    "errors", e.fieldErrors().isEmpty() ? Map.of("heightCm", e.getMessage()) : e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            fill(model, user, "", "");
            return "weight/today";
        }
    }

    /** A number as typed; NaN (refused by the rules with the field's message) when it is not one. */
    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @PostMapping("/weight/meals")
    String addMeal(
            @RequestParam(defaultValue = "") String foodCode,
            @RequestParam(defaultValue = "") String meal,
            @RequestParam(defaultValue = "") String portions,
            @RequestParam(defaultValue = "") String q,
            Model model,
            RedirectAttributes flash) {
        var user = users.require();
        var today = LocalDate.now(clock);
        try {
            var entry = diet.add(today, parse(meal), foodCode, portions.isBlank() ? 1.0 : number(portions), null, user);
            flash.addFlashAttribute("message", "已记录：" + entry.foodName() + " " + Math.round(entry.kcal()) + "千卡");
            return "redirect:/weight?meal=" + entry.meal().name() + "#diet";
        } catch (PlatformException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute(
                    "error", e.fieldErrors().values().stream().findFirst().orElse(e.getMessage()));
            fill(model, user, q, meal);
            return "weight/today";
        }
    }

    private static @Nullable Meal parse(String meal) {
        try {
            return Meal.valueOf(meal);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @PostMapping("/weight/meals/{id}/delete")
    String deleteMeal(@PathVariable long id, RedirectAttributes flash) {
        try {
            diet.remove(id, users.require());
            flash.addFlashAttribute("message", "已删除");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/weight#diet";
    }

    @PostMapping("/weight/exercise")
    String exercise(
            @RequestParam(defaultValue = "") String activityCode,
            @RequestParam(defaultValue = "") String minutes,
            Model model,
            RedirectAttributes flash) {
        var user = users.require();
        try {
            Integer m;
            try {
                m = Integer.valueOf(minutes.strip());
            } catch (NumberFormatException e) {
                m = null;
            }
            var e = checkIns.add(LocalDate.now(clock), activityCode, m, user);
            flash.addFlashAttribute(
                    "message", "打卡成功：" + e.activityName() + " " + e.minutes() + "分钟，消耗约" + e.kcal() + "千卡");
            return "redirect:/weight#exercise";
        } catch (PlatformException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("exerciseMinutes", minutes);
            fill(model, user, "", "");
            return "weight/today";
        }
    }

    @PostMapping("/weight/steps")
    String steps(@RequestParam(defaultValue = "") String steps, Model model, RedirectAttributes flash) {
        var user = users.require();
        try {
            Integer s;
            try {
                s = Integer.valueOf(steps.strip());
            } catch (NumberFormatException e) {
                s = null;
            }
            checkIns.steps(LocalDate.now(clock), s, user);
            flash.addFlashAttribute("message", "已记录今日步数 " + s);
            return "redirect:/weight#exercise";
        } catch (PlatformException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            fill(model, user, "", "");
            return "weight/today";
        }
    }

    @PostMapping("/weight/weighin")
    String weighIn(
            @RequestParam(defaultValue = "") String weightKg,
            @RequestParam(defaultValue = "") String waistCm,
            Model model,
            RedirectAttributes flash) {
        var user = users.require();
        try {
            plans.weighIn(LocalDate.now(clock), number(weightKg), waistCm.isBlank() ? null : number(waistCm), user);
            flash.addFlashAttribute("message", "已记录今日体重 " + weightKg + " 公斤");
            return "redirect:/weight#weighin";
        } catch (PlatformException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            fill(model, user, "", "");
            return "weight/today";
        }
    }

    @GetMapping("/weight/coach")
    String coachPage(Model model) {
        users.require();
        model.addAttribute("question", "");
        model.addAttribute("errors", Map.of());
        return "weight/coach";
    }

    @PostMapping("/weight/coach")
    String ask(@RequestParam(defaultValue = "") String question, Model model) {
        var user = users.require();
        model.addAttribute("question", question);
        try {
            model.addAttribute("answer", coach.ask(question, user));
            model.addAttribute("errors", Map.of());
        } catch (PlatformException e) {
            model.addAttribute("errors", e.fieldErrors());
        }
        return "weight/coach";
    }
}
