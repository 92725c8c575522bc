package org.regionalhealth.emergency.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.emergency.Aetiology;
import org.regionalhealth.emergency.ArrestLocation;
import org.regionalhealth.emergency.CardiacArrests;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.emergency.FirstRhythm;
import org.regionalhealth.emergency.NewCardiacArrest;
import org.regionalhealth.emergency.Witnessed;
import org.regionalhealth.emergency.rewards.RewardFund;
import org.regionalhealth.emergency.rewards.RewardState;
import org.regionalhealth.org.Division;
import org.regionalhealth.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The demo's cardiac arrests: the review year 2025 with {@code rhp.emergency.demo-arrests} arrests of which exactly
 * {@code demo-successes} (53, the district's 2025 figure) survived the event, and the current year up to last week
 * at the same pace; proportions near published Chinese OHCA registries (about two thirds attempted, a quarter with
 * bystander CPR, a few percent with a public AED). Rescuers who used an AED on a surviving patient are named and
 * their rewards proposed, mostly approved and partly paid.
 */
@Component
class ArrestDemo {

    static final int REVIEW_YEAR = 2025;
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "杰", "涛", "明", "超", "秀英", "建华", "志强", "丽娟"
    };

    private final CardiacArrests arrests;
    private final RewardFund rewards;
    private final AedRegistry aeds;
    private final EmergencyProperties properties;
    private final Clock clock;

    ArrestDemo(
            CardiacArrests arrests, RewardFund rewards, AedRegistry aeds, EmergencyProperties properties, Clock clock) {
        this.arrests = arrests;
        this.rewards = rewards;
        this.aeds = aeds;
        this.properties = properties;
        this.clock = clock;
    }

    private record Draft(NewCardiacArrest arrest, double chance) {}

    void seed(List<Division> towns, CurrentUser system) {
        if (!arrests.years().isEmpty() || towns.isEmpty()) {
            return;
        }
        var random = new SplittableRandom(20_251_231L);
        var weighted = new ArrayList<Division>();
        for (Division t : towns) {
            int w = t.name().endsWith("街道") ? 3 : 1;
            for (int i = 0; i < w; i++) {
                weighted.add(t);
            }
        }
        var aedsByTown = new HashMap<String, List<Aed>>();
        for (Aed a : aeds.all()) {
            aedsByTown.computeIfAbsent(a.townCode(), k -> new ArrayList<>()).add(a);
        }
        LocalDate today = LocalDate.now(clock);
        // the review year: exactly demo-successes survive the event
        var review = drafts(
                REVIEW_YEAR, LocalDate.of(REVIEW_YEAR, 12, 31), properties.demoArrests(), weighted, aedsByTown, random);
        write(pickSuccesses(review, properties.demoSuccesses()), system, random);
        // the current year to a week ago, at the same pace, successes at the review year's proportion
        if (today.getYear() > REVIEW_YEAR && today.getDayOfYear() > 8) {
            LocalDate last = today.minusDays(7);
            int n = (int) Math.round(properties.demoArrests() * last.getDayOfYear() / 365.0);
            var current = drafts(today.getYear(), last, n, weighted, aedsByTown, random);
            int successes = (int)
                    Math.round((double) properties.demoSuccesses() * n / Math.max(1, properties.demoArrests()) * 1.1);
            write(pickSuccesses(current, successes), system, random);
        }
        proposeRewards(system, random);
    }

    private List<Draft> drafts(
            int year,
            LocalDate last,
            int n,
            List<Division> towns,
            HashMap<String, List<Aed>> aedsByTown,
            SplittableRandom random) {
        var list = new ArrayList<Draft>();
        int days = last.getDayOfYear();
        for (int i = 0; i < n; i++) {
            Division town = towns.get(random.nextInt(towns.size()));
            LocalDateTime at =
                    LocalDate.ofYearDay(year, 1 + random.nextInt(days)).atTime(random.nextInt(24), random.nextInt(60));
            Instant call = at.atZone(clock.getZone()).toInstant();
            int age = Math.min(99, Math.max(18, (int) Math.round(66 + random.nextGaussian() * 14)));
            String sex = random.nextInt(100) < 68 ? "M" : "F";
            ArrestLocation location = random.nextInt(100) < 70
                    ? ArrestLocation.HOME
                    : random.nextInt(100) < 75 ? ArrestLocation.PUBLIC : ArrestLocation.OTHER;
            int w = random.nextInt(100);
            Witnessed witnessed = w < 45 ? Witnessed.BYSTANDER : w < 55 ? Witnessed.EMS : Witnessed.UNWITNESSED;
            int c = random.nextInt(100);
            Aetiology aetiology = c < 88
                    ? Aetiology.MEDICAL
                    : c < 94
                            ? Aetiology.TRAUMA
                            : c < 96
                                    ? Aetiology.DROWNING
                                    : c < 98
                                            ? Aetiology.ASPHYXIA
                                            : c < 99 ? Aetiology.OVERDOSE : Aetiology.ELECTROCUTION;
            boolean attempted = witnessed == Witnessed.EMS || random.nextInt(100) < 66;
            boolean bystanderChance = attempted && witnessed != Witnessed.EMS;
            boolean cpr = bystanderChance && random.nextInt(100) < (location == ArrestLocation.PUBLIC ? 45 : 24);
            var townAeds = aedsByTown.getOrDefault(town.code(), List.of());
            boolean aed = cpr && location == ArrestLocation.PUBLIC && !townAeds.isEmpty() && random.nextInt(100) < 40;
            FirstRhythm rhythm = !attempted
                    ? FirstRhythm.UNKNOWN
                    : random.nextInt(100) < (witnessed == Witnessed.BYSTANDER ? 22 : 9)
                            ? FirstRhythm.SHOCKABLE
                            : random.nextInt(100) < 95 ? FirstRhythm.NON_SHOCKABLE : FirstRhythm.UNKNOWN;
            Long aedId = aed ? townAeds.get(random.nextInt(townAeds.size())).id() : null;
            int shocks = aed && rhythm == FirstRhythm.SHOCKABLE ? 1 + random.nextInt(3) : 0;
            int response = Math.max(4, (int) Math.round(12 + random.nextGaussian() * 4));
            double chance = !attempted
                    ? 0
                    : (rhythm == FirstRhythm.SHOCKABLE ? 6 : 1)
                            * (cpr ? 2 : 1)
                            * (aed ? 2.5 : 1)
                            * (witnessed == Witnessed.UNWITNESSED ? 0.4 : 1);
            list.add(new Draft(
                    new NewCardiacArrest(
                            town.code(),
                            call,
                            age,
                            sex,
                            location,
                            witnessed,
                            aetiology,
                            attempted,
                            attempted && random.nextInt(100) < 70,
                            cpr,
                            aed,
                            aedId,
                            shocks,
                            rhythm,
                            response,
                            false,
                            false,
                            null,
                            null,
                            null,
                            null),
                    chance));
        }
        return list;
    }

    /** Marks exactly {@code successes} attempted arrests as surviving the event, favouring good prognoses. */
    private List<NewCardiacArrest> pickSuccesses(List<Draft> drafts, int successes) {
        var random = new SplittableRandom(drafts.size() * 31L + successes);
        record Keyed(int index, double key) {}
        var keys = new ArrayList<Keyed>();
        for (int i = 0; i < drafts.size(); i++) {
            double chance = drafts.get(i).chance();
            if (chance > 0) {
                // weighted sampling without replacement (Efraimidis–Spirakis): key = u^(1/w)
                keys.add(new Keyed(i, Math.pow(random.nextDouble(), 1.0 / chance)));
            }
        }
        keys.sort(Comparator.comparingDouble(Keyed::key).reversed());
        var chosen = new java.util.HashSet<Integer>();
        for (int i = 0; i < Math.min(successes, keys.size()); i++) {
            chosen.add(keys.get(i).index());
        }
        var out = new ArrayList<NewCardiacArrest>();
        for (int i = 0; i < drafts.size(); i++) {
            var a = drafts.get(i).arrest();
            boolean success = chosen.contains(i);
            boolean rosc = success || (a.resuscitationAttempted() && random.nextInt(100) < 6);
            Boolean discharged = success ? Boolean.valueOf(random.nextInt(100) < 45) : null;
            Integer cpc = Boolean.TRUE.equals(discharged)
                    ? (random.nextInt(100) < 72 ? 1 + random.nextInt(2) : 3 + random.nextInt(2))
                    : null;
            if (success && random.nextInt(100) < 8) {
                discharged = null; // still in hospital
                cpc = null;
            }
            String rescuer = success && a.bystanderAed() ? name(random) : null;
            out.add(new NewCardiacArrest(
                    a.townCode(),
                    a.callAt(),
                    a.age(),
                    a.sex(),
                    a.location(),
                    a.witnessed(),
                    a.aetiology(),
                    a.resuscitationAttempted(),
                    a.dispatcherRecognised(),
                    a.bystanderCpr(),
                    a.bystanderAed(),
                    a.aedId(),
                    a.shocks(),
                    a.firstRhythm(),
                    a.responseMinutes(),
                    rosc,
                    success,
                    discharged,
                    cpc,
                    rescuer,
                    rescuer == null ? null : "138" + (10_000_000 + random.nextInt(89_999_999))));
        }
        out.sort(Comparator.comparing(NewCardiacArrest::callAt));
        return out;
    }

    private static String name(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private void write(List<NewCardiacArrest> list, CurrentUser system, @Nullable SplittableRandom random) {
        for (var a : list) {
            arrests.register(a, system);
        }
    }

    private void proposeRewards(CurrentUser system, SplittableRandom random) {
        var candidates = arrests.rewardCandidates(system);
        // oldest first; the newest stay waiting for the officer
        var ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(a -> a.callAt()));
        int keepWaiting = Math.min(2, ordered.size());
        for (int i = 0; i < ordered.size() - keepWaiting; i++) {
            var a = ordered.get(i);
            if (!rewards.eligible(a)) {
                continue;
            }
            var reward = rewards.propose(a.id(), system);
            int r = random.nextInt(100);
            if (r < 85) {
                reward = rewards.decide(reward.id(), true, system);
                if (r < 65 && reward.state() == RewardState.APPROVED) {
                    rewards.pay(reward.id(), system);
                }
            }
        }
    }
}
