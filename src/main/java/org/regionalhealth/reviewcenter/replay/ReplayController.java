package org.regionalhealth.reviewcenter.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.reviewcenter.supervision.SupervisionQueries;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.ScreeningProperties;
import org.regionalhealth.screening.Tier;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The replay pages: start a replay (candidate knowledge-base file and/or tier → action changes), watch its progress
 * (htmx polling), read what would change, and record the decision. Also the noisy-rule report: rules whose alerts
 * were overridden more than 90% of the time, candidates for down-tiering.
 */
@Controller
@PreAuthorize("hasRole('DISTRICT_ADMIN')")
class ReplayController {

    static final int NOISY_MINIMUM_ANSWERS = 10;

    private final ReplayRuns runs;
    private final SupervisionQueries supervision;
    private final ScreeningProperties properties;
    private final CurrentUsers users;
    private final ActivatedTierChanges tierChanges;
    private final Clock clock;

    ReplayController(
            ReplayRuns runs,
            SupervisionQueries supervision,
            ScreeningProperties properties,
            CurrentUsers users,
            ActivatedTierChanges tierChanges,
            Clock clock) {
        this.clock = clock;
        this.tierChanges = tierChanges;
        this.runs = runs;
        this.supervision = supervision;
        this.properties = properties;
        this.users = users;
    }

    @Bean
    static NavigationItem replayLink() {
        return new NavigationItem(
                "nav.rx.replay", "/prescription-review/replay", MenuSection.PRESCRIPTIONS, Set.of(Role.DISTRICT_ADMIN));
    }

    @GetMapping("/prescription-review/replay")
    String index(Model model) {
        DataScope scope = users.require().scope();
        LocalDate today = LocalDate.now(clock);
        var rules = supervision.rules(scope, new SupervisionQueries.Period(today.minusDays(89), today), true);
        model.addAttribute(
                "noisy",
                rules.stream()
                        .filter(r -> r.decisions() + r.cdsFeedback() >= NOISY_MINIMUM_ANSWERS)
                        .filter(r -> r.overrideRate().percent() != null
                                && r.overrideRate().percent() > 90.0)
                        .toList());
        model.addAttribute(
                "overrideRules",
                rules.stream()
                        .filter(r -> r.decisions() + r.cdsFeedback() > 0)
                        .sorted((a, b) -> Double.compare(rate(b), rate(a)))
                        .limit(12)
                        .toList());
        model.addAttribute("runs", runs.recent());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("actions", Action.values());
        model.addAttribute("live", tierChanges.over(properties.actions()));
        return "reviewcenter/replay";
    }

    private static double rate(SupervisionQueries.RuleRow r) {
        Double p = r.overrideRate().percent();
        return p == null ? -1 : p;
    }

    @PostMapping("/prescription-review/replay")
    String start(
            @RequestParam(defaultValue = "30") int days,
            @RequestParam(required = false) @Nullable String kbFile,
            @RequestParam(required = false) @Nullable String kbYaml,
            @RequestParam(required = false) @Nullable MultipartFile kbUpload,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) @Nullable String note)
            throws IOException {
        String yaml = kbYaml;
        if (kbUpload != null && !kbUpload.isEmpty()) {
            if (kbUpload.getSize() > 2_000_000) {
                throw PlatformException.invalidField("REPLAY_KB_TOO_LARGE", "kbUpload", "知识库文件不能超过 2 MB");
            }
            yaml = new String(kbUpload.getBytes(), StandardCharsets.UTF_8);
        }
        Map<Tier, Action> policy = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            String value = form.get("policy" + tier.name());
            if (value != null && !value.isBlank()) {
                try {
                    Action action = Action.valueOf(value);
                    if (action != properties.actionFor(tier)) {
                        policy.put(tier, action);
                    }
                } catch (IllegalArgumentException e) {
                    throw PlatformException.invalidField("REPLAY_POLICY", "policy" + tier, "处置方式不正确：" + value);
                }
            }
        }
        long id = runs.start(
                new ReplayRuns.Request(
                        days,
                        kbFile == null || kbFile.isBlank() ? null : kbFile.trim(),
                        yaml == null || yaml.isBlank() ? null : yaml,
                        new CandidatePolicy(policy),
                        note),
                users.require());
        return "redirect:/prescription-review/replay/" + id;
    }

    @GetMapping("/prescription-review/replay/{id}")
    String run(@PathVariable long id, Model model) {
        fill(id, model);
        return "reviewcenter/replay-run";
    }

    /** The progress and results fragment the run page polls while the replay runs. */
    @GetMapping("/prescription-review/replay/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        fill(id, model);
        return "reviewcenter/replay-run :: progress";
    }

    @PostMapping("/prescription-review/replay/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam String reason) {
        runs.decide(id, "ACTIVATE".equals(decision), reason, users.require());
        return "redirect:/prescription-review/replay/" + id;
    }

    private void fill(long id, Model model) {
        var run = runs.find(id).orElseThrow(() -> PlatformException.notFound("REPLAY_NOT_FOUND", "回放不存在"));
        model.addAttribute("run", run);
        model.addAttribute("rules", runs.changesPerRule(id));
        model.addAttribute("institutions", runs.changesPerInstitution(id));
        model.addAttribute("decisions", runs.decisions(id));
    }
}
