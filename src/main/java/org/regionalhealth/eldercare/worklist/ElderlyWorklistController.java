package org.regionalhealth.eldercare.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.eldercare.Assessment;
import org.regionalhealth.eldercare.CapabilityAssessments;
import org.regionalhealth.eldercare.ElderCareProperties;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family doctor's elderly worklist (老年人健康管理): residents in scope aged 65 and over (ids from
 * {@code residents.ResidentIndex.bornOnOrBefore}) whose last capability assessment is older than the interval or
 * missing, the longest waiting first, each with a link to the assessment made with the annual check.
 */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'DISTRICT_ADMIN')")
class ElderlyWorklistController {

    /** The most residents the worklist looks at (a whole district of 2 million has about 300,000 aged 65+). */
    static final int MAX_RESIDENTS = 500_000;

    private final ResidentIndex residents;
    private final CapabilityAssessments assessments;
    private final ElderCareProperties properties;
    private final CurrentUsers users;
    private final Clock clock;

    ElderlyWorklistController(
            ResidentIndex residents,
            CapabilityAssessments assessments,
            ElderCareProperties properties,
            CurrentUsers users,
            Clock clock) {
        this.residents = residents;
        this.assessments = assessments;
        this.properties = properties;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem elderlyWorklistLink() {
        return new NavigationItem(
                "eldercare.nav.worklist",
                "/eldercare/worklist",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.STATION_DOCTOR, Role.DISTRICT_ADMIN));
    }

    record Row(Resident resident, int age, @Nullable Assessment last) {}

    @GetMapping("/eldercare/worklist")
    String worklist(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = users.require();
        var today = LocalDate.now(clock);
        var since = today.minusMonths(properties.assessmentIntervalMonths());
        var older = residents.bornOnOrBefore(today.minusYears(properties.worklistAge()), user, MAX_RESIDENTS);
        var assessed = assessments.assessedSince(since, user);
        var due = new ArrayList<ResidentIndex.Aged>();
        for (var a : older) {
            if (!assessed.contains(a.id())) {
                due.add(a);
            }
        }
        // the oldest first: they are the most likely to have lost capability since
        due.sort(java.util.Comparator.comparing(ResidentIndex.Aged::birthDate).thenComparing(ResidentIndex.Aged::id));
        int size = 20;
        int p = Math.max(0, Math.min(page, Math.max(0, (due.size() - 1) / size)));
        var slice = due.subList(Math.min(p * size, due.size()), Math.min((p + 1) * size, due.size()));
        var ids = slice.stream().map(ResidentIndex.Aged::id).toList();
        var found = residents.findAll(ids, user, "老年人健康管理工作清单");
        var last = assessments.latestOf(ids, user);
        List<Row> rows = found.stream()
                .map(r -> new Row(r, r.ageOn(today), last.get(r.id())))
                .toList();
        long covered = older.size() - due.size();
        model.addAttribute("rows", rows);
        model.addAttribute("result", new PageResult<>(rows, due.size(), p, size));
        model.addAttribute("older", older.size());
        model.addAttribute("covered", covered);
        model.addAttribute("due", due.size());
        model.addAttribute("coverage", older.isEmpty() ? 0.0 : (double) covered / older.size());
        model.addAttribute("age", properties.worklistAge());
        model.addAttribute("months", properties.assessmentIntervalMonths());
        return "eldercare/worklist";
    }
}
