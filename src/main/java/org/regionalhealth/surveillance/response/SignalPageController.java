package org.regionalhealth.surveillance.response;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
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

/** The CDC's signal desk: open signals by grade with their clocks, one signal's explanation and handling. */
@Controller
@PreAuthorize("hasAnyRole('CDC_OFFICER','DISTRICT_ADMIN')")
class SignalPageController {

    private final SignalViews views;
    private final SignalHandling handling;
    private final CurrentUsers users;

    private final Clock clock;

    SignalPageController(SignalViews views, SignalHandling handling, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.views = views;
        this.handling = handling;
        this.users = users;
    }

    @Bean
    static NavigationItem signalsLink() {
        return new NavigationItem(
                "nav.signals",
                "/surveillance/signals",
                MenuSection.SURVEILLANCE,
                Set.of(Role.CDC_OFFICER, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/surveillance/signals")
    String list(@RequestParam(defaultValue = "open") String show, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("signals", views.list(user, !"all".equals(show), 500));
        model.addAttribute("show", show);
        model.addAttribute("now", Instant.now(clock));
        return "surveillance/signals";
    }

    @GetMapping("/surveillance/signals/{id}")
    String detail(@PathVariable long id, Model model) {
        var detail = views.detail(users.require(), id)
                .orElseThrow(() -> PlatformException.notFound("signal-not-found", "预警信号 " + id + " 不存在"));
        model.addAttribute("d", detail);
        model.addAttribute("s", detail.signal());
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("outcomes", SignalHandling.OUTCOMES);
        model.addAttribute("zone", clock.getZone());
        return "surveillance/signal";
    }

    @PostMapping("/surveillance/signals/{id}/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable String result,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        var user = users.require();
        views.detail(user, id).orElseThrow(() -> PlatformException.notFound("signal-not-found", "预警信号 " + id + " 不存在"));
        String actor = user.username();
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        try {
            switch (action) {
                case "acknowledge" -> handling.acknowledge(id, actor, Instant.now(clock));
                case "verify" ->
                    handling.verify(id, result == null ? "" : result, cleanNote, actor, Instant.now(clock));
                case "investigate" -> handling.investigate(id, cleanNote, actor, Instant.now(clock));
                case "close" ->
                    handling.close(id, outcome == null ? "" : outcome, cleanNote, actor, Instant.now(clock));
                default -> throw PlatformException.notFound("unknown-action", "未知操作：" + action);
            }
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/surveillance/signals/" + id;
    }
}
