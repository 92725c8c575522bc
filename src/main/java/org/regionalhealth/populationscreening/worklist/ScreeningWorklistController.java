package org.regionalhealth.populationscreening.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.WorklistView;
import org.regionalhealth.populationscreening.web.ScreeningLabels;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family doctor's screening list (筛查工作清单): the residents in the doctor's scope due for a first stage, positive
 * and waiting for the diagnostic step, or overdue, oldest first, paged.
 */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN', 'CDC_OFFICER')")
class ScreeningWorklistController {

    private final ScreeningProgrammes programmes;
    private final ScreeningLabels screeningLabels;
    private final CurrentUsers users;
    private final Clock clock;

    ScreeningWorklistController(
            ScreeningProgrammes programmes, ScreeningLabels screeningLabels, CurrentUsers users, Clock clock) {
        this.programmes = programmes;
        this.screeningLabels = screeningLabels;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem screeningWorklistLink() {
        return new NavigationItem(
                "populationscreening.nav.worklist",
                "/populationscreening/worklist",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.STATION_DOCTOR, Role.DISTRICT_ADMIN, Role.CDC_OFFICER));
    }

    /**
     * One resident on the list.
     *
     * @param days days left on the referral clock (positive), days overdue, or days since the invitation (due)
     */
    record Row(Participant p, String name, int age, String round, long days) {}

    @GetMapping("/populationscreening/worklist")
    String worklist(
            @RequestParam(required = false) @Nullable Programme programme,
            @RequestParam(defaultValue = "OVERDUE") WorklistView view,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        var today = LocalDate.now(clock);
        var result = programmes
                .worklist(programme, view, user, page, 20)
                .map(p -> new Row(
                        p,
                        screeningLabels.name(p.name(), user),
                        screeningLabels.age(p, today),
                        screeningLabels.round(p),
                        switch (view) {
                            case DUE -> ChronoUnit.DAYS.between(p.invitedOn(), today);
                            case POSITIVE -> ChronoUnit.DAYS.between(today, p.dueOn());
                            case OVERDUE -> p.daysOverdue(today);
                        }));
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("programme", programme);
        model.addAttribute("views", WorklistView.values());
        model.addAttribute("view", view);
        model.addAttribute("counts", programmes.worklistCounts(programme, user));
        model.addAttribute("result", result);
        model.addAttribute(
                "mayRecord",
                user.role() == org.regionalhealth.platform.Role.STATION_DOCTOR
                        || user.role() == org.regionalhealth.platform.Role.DISTRICT_ADMIN);
        return "populationscreening/worklist";
    }
}
