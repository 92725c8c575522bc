package org.regionalhealth.reviewcenter.workbench;

import java.util.Set;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The doctor's returned prescriptions (退回处方): reasons and message, modify (the revision page re-screens it) or
 * double-sign with a coded reason where the tier allows it; and the story page of any prescription in scope.
 */
@Controller
class DoctorController {

    private final PrescriptionStories stories;
    private final ReviewWorkflow workflow;
    private final CurrentUsers users;

    DoctorController(PrescriptionStories stories, ReviewWorkflow workflow, CurrentUsers users) {
        this.stories = stories;
        this.workflow = workflow;
        this.users = users;
    }

    @Bean
    static NavigationItem returnedLink() {
        return new NavigationItem(
                "nav.returned",
                "/prescription-review/returned",
                MenuSection.PRESCRIPTIONS,
                Set.of(Role.HOSPITAL_DOCTOR, Role.STATION_DOCTOR));
    }

    @GetMapping("/prescription-review/returned")
    @PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR', 'STATION_DOCTOR')")
    String returned(Model model) {
        model.addAttribute("items", stories.forDoctor(users.require(), 200));
        model.addAttribute("signReasons", DoubleSignReason.values());
        return "reviewcenter/returned";
    }

    @PostMapping("/prescription-review/prescriptions/{id}/double-sign")
    @PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR', 'STATION_DOCTOR')")
    String doubleSign(
            @PathVariable long id,
            @RequestParam String reason,
            @RequestParam(required = false) @Nullable String message,
            RedirectAttributes redirect) {
        try {
            workflow.doubleSign(id, reason, message, users.require());
            redirect.addFlashAttribute("message", "已双签，处方可收费发药 / Double-signed");
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/prescription-review/returned";
    }

    @GetMapping("/prescription-review/prescriptions/{id}/story")
    @PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR', 'STATION_DOCTOR', 'MC_PHARMACIST', 'DISTRICT_ADMIN')")
    String story(@PathVariable long id, Model model) {
        model.addAttribute("story", stories.story(id, users.require()));
        return "reviewcenter/story";
    }
}
