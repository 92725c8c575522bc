package org.regionalhealth.populationscreening.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.Role;
import org.regionalhealth.populationscreening.ChildHealthChecks;
import org.regionalhealth.populationscreening.ColorectalRisk;
import org.regionalhealth.populationscreening.FirstStage;
import org.regionalhealth.populationscreening.FollowUp;
import org.regionalhealth.populationscreening.FollowUpOutcome;
import org.regionalhealth.populationscreening.NewChildCheck;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.populationscreening.SchoolResult;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.WorklistView;
import org.regionalhealth.populationscreening.rules.AutismWarningSigns;
import org.regionalhealth.populationscreening.rules.ChildHealthSchedule;
import org.regionalhealth.populationscreening.rules.SpineRule;
import org.regionalhealth.residents.ResidentCohorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A colorectal round invited 200 days ago (the 50–74 cohort of the district; the first {@code demo-colorectal} of
 * them screened, declined or still due, positives examined, refused or overdue) and the autism 初筛 of children at a
 * screening age 40 days ago (the first {@code demo-autism}), so the dashboard, the worklist and the health record show
 * figures on first start. Everything through {@link ScreeningProgrammes}.
 */
@Component
class PopulationScreeningDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(PopulationScreeningDemoSeeder.class);

    private final ScreeningProgrammes programmes;
    private final Organizations organizations;
    private final PopulationScreeningProperties properties;
    private final Clock clock;
    private final ChildHealthChecks childChecks;
    private final ResidentCohorts cohorts;
    private final org.springframework.security.core.userdetails.UserDetailsService accounts;
    private final org.regionalhealth.platform.CurrentUsers users;

    PopulationScreeningDemoSeeder(
            ScreeningProgrammes programmes,
            Organizations organizations,
            PopulationScreeningProperties properties,
            Clock clock,
            ChildHealthChecks childChecks,
            ResidentCohorts cohorts,
            org.springframework.security.core.userdetails.UserDetailsService accounts,
            org.regionalhealth.platform.CurrentUsers users) {
        this.accounts = accounts;
        this.users = users;
        this.childChecks = childChecks;
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.organizations = organizations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        var root = organizations.root();
        var system = new CurrentUser(
                "system",
                "演示数据",
                Role.DISTRICT_ADMIN,
                root.id(),
                new DataScope(root.id(), root.path(), Optional.empty()),
                CurrentUser.Channel.SYSTEM);
        var today = LocalDate.now(clock);
        seedSpineAndCopd(settings, today, system);
        seedChildChecks(settings, today, system);
        if (!programmes.years(Programme.COLORECTAL, system).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        var random = new SplittableRandom(settings.seed() ^ 0x5C_2E_E1L);
        var crcOn = today.minusDays(200);
        int crcInvited = programmes.invite(Programme.COLORECTAL, crcOn, system);
        int crc = 0;
        for (var p : due(Programme.COLORECTAL, properties.demoColorectal(), system)) {
            colorectal(p, crcOn, today, random, system);
            crc++;
        }
        var asdOn = today.minusDays(40);
        int asdInvited = programmes.invite(Programme.AUTISM, asdOn, system);
        int asd = 0;
        for (var p : due(Programme.AUTISM, properties.demoAutism(), system)) {
            autism(p, asdOn, today, random, system);
            asd++;
        }
        log.info(
                "Population screening demo: colorectal {} invited ({} worked), autism {} invited ({} worked) in {} ms",
                crcInvited,
                crc,
                asdInvited,
                asd,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * This year's spine round (invited 120 days ago; the first {@code demo-spine} pupils' results sent by schools: ≈ 90 %
     * screened, ≈ 5 % positive by the ATR, positives through X-ray or still open) and COPD round (invited 150 days ago;
     * the first {@code demo-copd} with a questionnaire, ≈ 85 %, scored by COPD-SQ; positives to spirometry). Each
     * programme is seeded once, when it has no round yet.
     */
    private void seedSpineAndCopd(DemoSettings settings, LocalDate today, CurrentUser system) {
        long started = System.nanoTime();
        var random = new SplittableRandom(settings.seed() ^ 0x5B1_4EL);
        int spineInvited = 0;
        int spine = 0;
        var spineOn = today.minusDays(120);
        if (programmes.years(Programme.SPINE, system).isEmpty()) {
            spineInvited = programmes.invite(Programme.SPINE, spineOn, system);
            fromTheDemoSchool(spineOn, today, random, system);
            for (var p : due(Programme.SPINE, properties.demoSpine(), system)) {
                spine(p, spineOn, today, random, system);
                spine++;
            }
        }
        int copdInvited = 0;
        int copd = 0;
        var copdOn = today.minusDays(150);
        if (programmes.years(Programme.COPD, system).isEmpty()) {
            copdInvited = programmes.invite(Programme.COPD, copdOn, system);
            for (var p : due(Programme.COPD, properties.demoCopd(), system)) {
                copd(p, copdOn, today, random, system);
                copd++;
            }
        }
        if (spineInvited + copdInvited > 0) {
            log.info(
                    "Population screening demo: spine {} invited ({} worked), COPD {} invited ({} worked) in {} ms",
                    spineInvited,
                    spine,
                    copdInvited,
                    copd,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Rough medians by age in months (weight kg, length cm, head cm) for plausible demo values. */
    private static final Map<Integer, double[]> GROWTH = Map.ofEntries(
            Map.entry(1, new double[] {4.5, 54.5, 37.5}),
            Map.entry(3, new double[] {6.2, 61.0, 40.5}),
            Map.entry(6, new double[] {7.9, 67.5, 43.5}),
            Map.entry(8, new double[] {8.5, 70.5, 44.5}),
            Map.entry(12, new double[] {9.6, 75.5, 46.0}),
            Map.entry(18, new double[] {10.9, 82.0, 47.0}),
            Map.entry(24, new double[] {12.2, 87.5, 48.0}),
            Map.entry(30, new double[] {13.3, 92.0, 48.8}),
            Map.entry(36, new double[] {14.3, 96.0, 49.3}),
            Map.entry(48, new double[] {16.3, 103.5, 50.0}),
            Map.entry(60, new double[] {18.3, 110.0, 50.5}),
            Map.entry(72, new double[] {20.5, 116.5, 51.0}));

    /**
     * The past 0–6 health checks of the first {@code demo-child-checks} children: a past check done with 88 %, an open
     * one with 40 % (so the worklist has children due and overdue), on a day in its window. Once, when none is stored.
     */
    private void seedChildChecks(DemoSettings settings, LocalDate today, CurrentUser system) {
        if (childChecks.recorded(system) > 0) {
            return;
        }
        long started = System.nanoTime();
        var random = new SplittableRandom(settings.seed() ^ 0xC4_11DL);
        int children = 0;
        int recorded = 0;
        long after = 0;
        while (children < properties.demoChildChecks()) {
            var batch = cohorts.bornBetween(
                    ChildHealthSchedule.bornFrom(today), ChildHealthSchedule.bornTo(today), system, after, 500, "演示数据");
            for (var child : batch) {
                if (children >= properties.demoChildChecks()) {
                    break;
                }
                children++;
                for (var visit : ChildHealthSchedule.VISITS) {
                    var from = visit.from(child.birthDate());
                    if (from.isAfter(today)) {
                        break;
                    }
                    var to = min(visit.to(child.birthDate()), today);
                    boolean open = !visit.to(child.birthDate()).isBefore(today);
                    if (random.nextDouble() >= (open ? 0.40 : 0.88)) {
                        continue;
                    }
                    var growth = GROWTH.get(visit.months());
                    double f = 0.92 + random.nextDouble() * 0.16;
                    childChecks.record(
                            child.id(),
                            new NewChildCheck(
                                    visit.code(),
                                    between(from, to, random),
                                    java.math.BigDecimal.valueOf(Math.round(growth[0] * f * 10) / 10.0),
                                    java.math.BigDecimal.valueOf(
                                            Math.round(growth[1] * (0.97 + random.nextDouble() * 0.06) * 10) / 10.0),
                                    visit.head() ? java.math.BigDecimal.valueOf(growth[2]) : null,
                                    visit.hb() ? 100 + random.nextInt(36) : null,
                                    random.nextDouble() >= 0.04,
                                    null),
                            system);
                    recorded++;
                }
            }
            if (batch.size() < 500) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        log.info(
                "Population screening demo: {} child health checks of {} children in {} ms",
                recorded,
                children,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The demo school health teacher's school sends the results of up to 40 pupils of the round through the school's
     * path (by ID number), so her page shows a list on first start. Her school is read from her account.
     */
    private void fromTheDemoSchool(LocalDate on, LocalDate today, SplittableRandom random, CurrentUser system) {
        CurrentUser nurse;
        try {
            var details = accounts.loadUserByUsername("school-nurse");
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(
                            org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                    .authenticated(details, null, details.getAuthorities()));
            nurse = users.require();
        } catch (RuntimeException e) {
            return; // no demo school account
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        var school = new CurrentUser(
                nurse.username(),
                nurse.displayName(),
                nurse.role(),
                nurse.unitId(),
                nurse.scope(),
                CurrentUser.Channel.SYSTEM);
        var rule = new SpineRule(properties.spine());
        var pupils = cohorts.bornBetween(
                rule.cohort().bornFrom(on.getYear()), rule.cohort().bornTo(on.getYear()), system, 0, 40, "演示数据");
        for (var pupil : pupils) {
            var atr = new java.util.HashMap<String, java.math.BigDecimal>();
            boolean curved = random.nextDouble() < 0.12;
            for (String segment : SpineRule.SEGMENTS) {
                double degrees = curved && segment.equals("ATR_THORACIC")
                        ? 5 + random.nextInt(8) * 0.5
                        : random.nextInt(9) * 0.5;
                atr.put(segment, java.math.BigDecimal.valueOf(degrees));
            }
            try {
                programmes.recordSchoolResult(
                        new SchoolResult(
                                1,
                                pupil.idNumber(),
                                new FirstStage(
                                        between(on, today.minusDays(20), random), new HashSet<>(), null, null, atr)),
                        school);
            } catch (org.regionalhealth.platform.PlatformException e) {
                // not waiting in the round (already screened): skip
            }
        }
    }

    private void spine(Participant p, LocalDate on, LocalDate today, SplittableRandom random, CurrentUser system) {
        if (random.nextDouble() >= 0.90) {
            return; // the school has not sent this pupil's result yet
        }
        var atr = new java.util.HashMap<String, java.math.BigDecimal>();
        boolean curved = random.nextDouble() < 0.05;
        for (String segment : SpineRule.SEGMENTS) {
            double degrees =
                    curved && segment.equals("ATR_THORACIC") ? 5 + random.nextInt(12) * 0.5 : random.nextInt(9) * 0.5;
            atr.put(segment, java.math.BigDecimal.valueOf(degrees));
        }
        var signs = new HashSet<String>();
        if (curved || random.nextDouble() < 0.03) {
            signs.add(SpineRule.SIGNS.get(random.nextInt(SpineRule.SIGNS.size())));
        }
        var screenedOn = between(on, today.minusDays(20), random);
        var after = programmes.recordFirstStage(p.id(), new FirstStage(screenedOn, signs, null, null, atr), system);
        if (after.dueOn() == null || random.nextDouble() >= 0.55) {
            return;
        }
        var examined = between(screenedOn.plusDays(5), min(screenedOn.plusDays(55), today), random);
        double o = random.nextDouble();
        var outcome = o < 0.35
                ? FollowUpOutcome.SPINE_NORMAL
                : o < 0.60
                        ? FollowUpOutcome.SPINE_POSTURAL
                        : o < 0.95 ? FollowUpOutcome.SPINE_SCOLIOSIS : FollowUpOutcome.SPINE_OTHER;
        programmes.recordFollowUp(p.id(), new FollowUp(examined, outcome, null), system);
    }

    private void copd(Participant p, LocalDate on, LocalDate today, SplittableRandom random, CurrentUser system) {
        if (random.nextDouble() >= 0.85) {
            return; // still due
        }
        var findings = new HashSet<String>();
        for (String f : List.of("COUGH", "BIOMASS_FUEL", "FAMILY_HISTORY")) {
            if (random.nextDouble() < 0.12) {
                findings.add(f);
            }
        }
        double b = random.nextDouble();
        if (b < 0.08) {
            findings.add("BREATHLESS_NORMAL");
        } else if (b < 0.25) {
            findings.add("BREATHLESS_FAST");
        }
        boolean smoker = p.sex() == org.regionalhealth.residents.Sex.MALE && random.nextDouble() < 0.5;
        var measures = Map.of(
                "PACK_YEARS", java.math.BigDecimal.valueOf(smoker ? 5 + random.nextInt(40) : 0),
                "BMI", java.math.BigDecimal.valueOf(180 + random.nextInt(120), 1));
        var screenedOn = between(on, today.minusDays(10), random);
        var after =
                programmes.recordFirstStage(p.id(), new FirstStage(screenedOn, findings, null, null, measures), system);
        if (after.dueOn() == null || random.nextDouble() >= 0.5) {
            return;
        }
        var examined = between(screenedOn.plusDays(3), min(screenedOn.plusDays(28), today), random);
        double o = random.nextDouble();
        var outcome = o < 0.45
                ? FollowUpOutcome.COPD_NORMAL
                : o < 0.85 ? FollowUpOutcome.COPD_CONFIRMED : FollowUpOutcome.COPD_OTHER;
        programmes.recordFollowUp(p.id(), new FollowUp(examined, outcome, null), system);
    }

    private List<Participant> due(Programme programme, int limit, CurrentUser system) {
        var list = new ArrayList<Participant>();
        for (int page = 0; list.size() < limit; page++) {
            var result = programmes.worklist(programme, WorklistView.DUE, system, page, 200);
            result.items().stream().limit(limit - list.size()).forEach(list::add);
            if (result.items().size() < 200) {
                break;
            }
        }
        return list;
    }

    private static LocalDate between(LocalDate from, LocalDate to, SplittableRandom random) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private void colorectal(Participant p, LocalDate on, LocalDate today, SplittableRandom random, CurrentUser system) {
        double r = random.nextDouble();
        if (r >= 0.80) {
            return; // still due
        }
        if (r >= 0.74) {
            programmes.decline(p.id(), "本人暂不愿参加", system);
            return;
        }
        var findings = new HashSet<String>();
        if (random.nextDouble() < 0.03) {
            findings.add(ColorectalRisk.values()[random.nextInt(3)].name());
        }
        for (var risk : ColorectalRisk.values()) {
            if (!risk.major() && random.nextDouble() < 0.07) {
                findings.add(risk.name());
            }
        }
        var screenedOn = between(on, today.minusDays(30), random);
        var after = programmes.recordFirstStage(
                p.id(),
                new FirstStage(screenedOn, findings, random.nextDouble() < 0.07, random.nextDouble() < 0.07),
                system);
        if (after.dueOn() == null) {
            return;
        }
        boolean clockRanOut = after.dueOn().isBefore(today);
        double f = random.nextDouble();
        if (f < (clockRanOut ? 0.62 : 0.30)) {
            var examined = between(screenedOn.plusDays(7), min(screenedOn.plusDays(80), today), random);
            double o = random.nextDouble();
            var outcome = o < 0.45
                    ? FollowUpOutcome.CRC_NORMAL
                    : o < 0.80
                            ? FollowUpOutcome.CRC_POLYP
                            : o < 0.92
                                    ? FollowUpOutcome.CRC_ADVANCED_ADENOMA
                                    : o < 0.96 ? FollowUpOutcome.CRC_CANCER : FollowUpOutcome.CRC_OTHER;
            programmes.recordFollowUp(p.id(), new FollowUp(examined, outcome, null), system);
        } else if (clockRanOut && f < 0.70) {
            programmes.decline(p.id(), "拒绝肠镜检查", system);
        }
    }

    private void autism(Participant p, LocalDate on, LocalDate today, SplittableRandom random, CurrentUser system) {
        if (random.nextDouble() >= 0.85) {
            return; // still due
        }
        var point = AutismWarningSigns.point(p.roundKey()).orElseThrow();
        var signs = new HashSet<String>();
        if (random.nextDouble() < 0.08) {
            signs.add(point.signs().get(random.nextInt(point.signs().size())).code());
        }
        var screenedOn = between(on, today.minusDays(5), random);
        var after = programmes.recordFirstStage(p.id(), new FirstStage(screenedOn, signs, null, null), system);
        if (after.dueOn() == null || random.nextDouble() >= 0.5) {
            return;
        }
        var examined = between(screenedOn.plusDays(3), min(screenedOn.plusDays(28), today), random);
        double o = random.nextDouble();
        var outcome = o < 0.6
                ? FollowUpOutcome.ASD_RESCREEN_NEGATIVE
                : o < 0.8 ? FollowUpOutcome.ASD_OTHER_DEVELOPMENTAL : FollowUpOutcome.ASD_DIAGNOSED;
        programmes.recordFollowUp(p.id(), new FollowUp(examined, outcome, null), system);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
