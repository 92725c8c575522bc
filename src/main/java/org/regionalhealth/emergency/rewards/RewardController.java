package org.regionalhealth.emergency.rewards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.regionalhealth.emergency.CardiacArrest;
import org.regionalhealth.emergency.CardiacArrests;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reward fund: the rule and its source, arrests that qualify and have no reward yet, and the ledger. */
@Controller
@PreAuthorize("hasAnyRole('EMERGENCY_OFFICER', 'DISTRICT_ADMIN')")
class RewardController {

    private final RewardFund fund;
    private final CardiacArrests arrests;
    private final CurrentUsers users;
    private final Clock clock;

    RewardController(RewardFund fund, CardiacArrests arrests, CurrentUsers users, Clock clock) {
        this.fund = fund;
        this.arrests = arrests;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem aedRewardFundLink() {
        return new NavigationItem(
                "emergency.nav.rewards",
                "/emergency/rewards",
                MenuSection.EMERGENCY,
                Set.of(Role.EMERGENCY_OFFICER, Role.DISTRICT_ADMIN));
    }

    record Line(Reward reward, CardiacArrest arrest, LocalDateTime callAt) {}

    record Candidate(CardiacArrest arrest, LocalDateTime callAt, boolean eligible) {}

    @GetMapping("/emergency/rewards")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = users.require();
        var candidates = arrests.rewardCandidates(user);
        var byId = new HashMap<Long, CardiacArrest>();
        candidates.forEach(a -> byId.put(a.id(), a));
        var ledger = fund.ledger();
        var rewarded = new java.util.HashSet<Long>();
        ledger.forEach(r -> rewarded.add(r.arrestId()));
        var waiting = candidates.stream()
                .filter(a -> !rewarded.contains(a.id()))
                .map(a -> new Candidate(a, LocalDateTime.ofInstant(a.callAt(), clock.getZone()), fund.eligible(a)))
                .toList();
        var lines = ledger.stream()
                .filter(r -> byId.containsKey(r.arrestId()))
                .map(r -> new Line(
                        r,
                        byId.get(r.arrestId()),
                        LocalDateTime.ofInstant(byId.get(r.arrestId()).callAt(), clock.getZone())))
                .toList();
        int size = 20;
        int p = Math.max(0, page);
        int from = Math.min(lines.size(), p * size);
        model.addAttribute(
                "result",
                new PageResult<>(lines.subList(from, Math.min(lines.size(), from + size)), lines.size(), p, size));
        model.addAttribute("waiting", waiting);
        model.addAttribute("rules", fund.rules());
        model.addAttribute("paid", sum(ledger, RewardState.PAID));
        model.addAttribute("approved", sum(ledger, RewardState.APPROVED));
        model.addAttribute(
                "paidCount",
                ledger.stream().filter(r -> r.state() == RewardState.PAID).count());
        model.addAttribute("zone", clock.getZone());
        return "emergency/rewards";
    }

    private static BigDecimal sum(List<Reward> ledger, RewardState state) {
        return ledger.stream()
                .filter(r -> r.state() == state)
                .map(Reward::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @PostMapping("/emergency/rewards")
    String propose(@RequestParam long arrestId) {
        var reward = fund.propose(arrestId, users.require());
        return "redirect:/emergency/rewards?proposed=" + reward.id();
    }

    @PostMapping("/emergency/rewards/{id}/decision")
    String decide(@PathVariable long id, @RequestParam boolean approve) {
        fund.decide(id, approve, users.require());
        return "redirect:/emergency/rewards?decided=" + id;
    }

    @PostMapping("/emergency/rewards/{id}/payment")
    String pay(@PathVariable long id) {
        fund.pay(id, users.require());
        return "redirect:/emergency/rewards?paid=" + id;
    }
}
