package org.regionalhealth.healthcity.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.Direction;
import org.regionalhealth.healthcity.Evaluations;
import org.regionalhealth.healthcity.IndicatorCatalogue;
import org.regionalhealth.healthcity.IndicatorRevision;
import org.regionalhealth.healthcity.collection.ValueStore;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The indicator catalogue: the list, one indicator with its versions and its values by town (the data behind a score). */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN', 'CDC_OFFICER', 'DEPARTMENT_OFFICER')")
class CatalogueController {

    static final String[] DIMENSIONS = {"健康环境", "健康社会", "健康服务", "健康人群", "健康文化"};

    private final IndicatorCatalogue catalogue;
    private final ValueStore values;
    private final Evaluations evaluations;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final java.time.Clock clock;

    CatalogueController(
            IndicatorCatalogue catalogue,
            ValueStore values,
            Evaluations evaluations,
            Organizations organizations,
            CurrentUsers users,
            java.time.Clock clock) {
        this.catalogue = catalogue;
        this.values = values;
        this.evaluations = evaluations;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem healthCityCatalogueLink() {
        return new NavigationItem(
                "healthcity.nav.catalogue",
                "/healthcity/indicators",
                MenuSection.INDICATORS,
                Set.of(Role.DISTRICT_ADMIN, Role.CDC_OFFICER, Role.DEPARTMENT_OFFICER));
    }

    @GetMapping("/healthcity/indicators")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String dimension,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", catalogue.search(q, dimension, page, 20));
        model.addAttribute("q", q);
        model.addAttribute("dimension", dimension);
        model.addAttribute("dimensions", DIMENSIONS);
        return "healthcity/indicators";
    }

    @GetMapping("/healthcity/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year, Model model) {
        fill(model, code, year, null, Map.of());
        return "healthcity/indicator";
    }

    private void fill(
            Model model, String code, @Nullable Integer year, @Nullable RevisionForm form, Map<String, String> errors) {
        var indicator = catalogue
                .current(code)
                .orElseThrow(() -> PlatformException.notFound("HEALTHCITY_INDICATOR_NOT_FOUND", "指标不存在"));
        var years = evaluations.years();
        int shown =
                year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(years.size() - 1);
        var rows = values.of(code, shown);
        var versions = new HashMap<Long, Integer>();
        catalogue.versions(code).forEach(v -> versions.put(v.id(), v.version()));
        var names = new LinkedHashMap<String, String>();
        organizations.towns().forEach(t -> names.put(t.code(), t.name()));
        model.addAttribute("indicator", indicator);
        model.addAttribute("versions", catalogue.versions(code));
        model.addAttribute("versionOf", versions);
        model.addAttribute("values", rows);
        model.addAttribute("townNames", names);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("directions", Direction.values());
        model.addAttribute(
                "form",
                form != null
                        ? form
                        : new RevisionForm(
                                indicator.target().toPlainString(),
                                indicator.weight().toPlainString(),
                                indicator.direction().name(),
                                indicator.min().toPlainString(),
                                indicator.max().toPlainString(),
                                ""));
        model.addAttribute("errors", errors);
    }

    /** The revision form as typed. */
    record RevisionForm(String target, String weight, String direction, String min, String max, String changeNote) {}

    @PostMapping("/healthcity/indicators/{code}/revise")
    @PreAuthorize("hasRole('DISTRICT_ADMIN')")
    String revise(@PathVariable String code, RevisionForm form, Model model) {
        var errors = new LinkedHashMap<String, String>();
        BigDecimal target = number(form.target(), "target", errors);
        BigDecimal weight = number(form.weight(), "weight", errors);
        BigDecimal min = number(form.min(), "min", errors);
        BigDecimal max = number(form.max(), "max", errors);
        Direction direction = null;
        try {
            direction = Direction.valueOf(form.direction());
        } catch (RuntimeException e) {
            errors.put("direction", "请选择指标方向");
        }
        try {
            var revised = catalogue.revise(
                    code,
                    new IndicatorRevision(target, weight, direction, min, max, form.changeNote()),
                    users.require());
            return "redirect:/healthcity/indicators/" + code + "?revised=" + revised.version();
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            var all = new LinkedHashMap<>(errors);
            e.fieldErrors().forEach(all::putIfAbsent);
            fill(model, code, null, form, all);
            model.addAttribute("reviseOpen", true);
            return "healthcity/indicator";
        }
    }

    private static @Nullable BigDecimal number(@Nullable String raw, String field, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            errors.put(field, "请填写数值");
            return null;
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "请输入数字");
            return null;
        }
    }
}
