package org.regionalhealth.populationscreening.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.Role;
import org.regionalhealth.populationscreening.ColorectalRisk;
import org.regionalhealth.populationscreening.FirstStage;
import org.regionalhealth.populationscreening.FollowUp;
import org.regionalhealth.populationscreening.FollowUpOutcome;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.WorklistView;
import org.regionalhealth.populationscreening.rules.AutismWarningSigns;
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

    PopulationScreeningDemoSeeder(
            ScreeningProgrammes programmes,
            Organizations organizations,
            PopulationScreeningProperties properties,
            Clock clock) {
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
        if (!programmes.years(Programme.COLORECTAL, system).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        var random = new SplittableRandom(settings.seed() ^ 0x5C_2E_E1L);
        var today = LocalDate.now(clock);
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
