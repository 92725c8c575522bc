package org.regionalhealth.vaccination.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.regionalhealth.vaccination.VaccinationProperties;
import org.regionalhealth.vaccination.people.People;
import org.regionalhealth.vaccination.people.Person;
import org.regionalhealth.vaccination.record.VaccinationRecords;
import org.regionalhealth.vaccination.schedule.DoseForecast;
import org.regionalhealth.vaccination.schedule.GivenDose;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.stock.Stock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vaccination demo: stock with lots and traceability codes at all 27 clinics (one lot close to expiry, one
 * quarantined after a warm fridge), two weeks of fridge readings, a realistic history for every child (the schedule
 * in force on each day, a few late doses, some children a series behind for the catch-up lists, a third on the
 * self-paid pentavalent vaccine), this season's free influenza for the 60+ (about half of them), the HPV programme
 * for girls since 2025-11-10, the demo resident as guardian of two children, and the {@code vaccination-nurse}
 * account at the clinic of the resident's town.
 */
@Component
class VaccinationDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(VaccinationDemoSeeder.class);

    static final String DEMO_PASSWORD = "Demo@2026";

    static final List<String> STOCKED = List.of(
            "HepB",
            "BCG",
            "IPV",
            "bOPV",
            "DTaP",
            "DT",
            "MMR",
            "JE-L",
            "MPSV-A",
            "MPSV-AC",
            "HepA-L",
            "HPV2-NIP",
            "DTaP-IPV/Hib",
            "Hib",
            "VAR",
            "IIV",
            "HPV2",
            "HPV9",
            "PPSV23",
            "RZV",
            "RABV");

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Stock stock;
    private final VaccinationRecords records;
    private final People people;
    private final ScheduleEngine engine;
    private final AccountAdministration accounts;
    private final VaccinationProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    VaccinationDemoSeeder(
            JdbcClient jdbc,
            Organizations organizations,
            Stock stock,
            VaccinationRecords records,
            People people,
            ScheduleEngine engine,
            AccountAdministration accounts,
            VaccinationProperties properties,
            TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.stock = stock;
        this.records = records;
        this.people = people;
        this.engine = engine;
        this.accounts = accounts;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (!properties.demo().enabled()
                || jdbc.sql("select exists(select 1 from vaccination_lot)")
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        var clinics = organizations
                .search(new UnitQuery(UnitType.VACCINATION_CLINIC, null, null, null), rootScope(), 0, 100)
                .items();
        if (clinics.isEmpty()) {
            log.warn("No vaccination clinics in the organisation tree: no vaccination demo");
            return;
        }
        var random = new SplittableRandom(settings.seed() ^ 0x19);
        var today = LocalDate.now(clock);
        var clinicByTown = new HashMap<String, Unit>();
        clinics.forEach(c -> clinicByTown.put(c.divisionCode().substring(0, 9), c));
        tx.executeWithoutResult(s -> stockAndColdChain(clinics, random, today));
        int[] counts = tx.execute(s -> histories(clinicByTown, random, today));
        tx.executeWithoutResult(s -> guardiansAndNurse(clinicByTown, today));
        log.info(
                "Vaccination demo: {} children with histories, {} influenza doses this season, {} HPV doses",
                counts[0],
                counts[1],
                counts[2]);
    }

    private void stockAndColdChain(List<Unit> clinics, SplittableRandom random, LocalDate today) {
        int n = 0;
        for (var clinic : clinics) {
            for (var product : STOCKED) {
                var vaccine = engine.rules().vaccine(product).orElseThrow();
                for (int lot = 0; lot < properties.demo().lotsPerProduct(); lot++) {
                    var expiry = lot == 0
                            ? today.plusDays(40 + random.nextInt(60))
                            : today.plusMonths(10 + random.nextInt(8));
                    stock.receive(
                            clinic.id(),
                            product,
                            "%s%d%04d"
                                    .formatted(
                                            product.replaceAll("[^A-Za-z]", "").toUpperCase(),
                                            today.getYear() - lot,
                                            ++n % 10_000),
                            MANUFACTURER.getOrDefault(vaccine.code(), "国内企业"),
                            expiry,
                            lot == 0 ? "1号冰箱" : "2号冰箱",
                            properties.demo().dosesPerLot(),
                            "demo");
                }
            }
            // two weeks of readings twice a day, all within 2–8 °C
            for (int d = 14; d >= 1; d--) {
                for (var hour : List.of(8, 16)) {
                    var at = today.minusDays(d)
                            .atTime(LocalTime.of(hour, 0))
                            .atZone(clock.getZone())
                            .toInstant();
                    stock.recordTemperature(
                            clinic.id(), "1号冰箱", BigDecimal.valueOf(40 + random.nextInt(25), 1), at, "demo");
                }
            }
        }
        // one clinic's second fridge warmed up this morning: its lots are quarantined
        var warm = clinics.get(clinics.size() - 1);
        stock.recordTemperature(
                warm.id(),
                "2号冰箱",
                new BigDecimal("9.6"),
                today.atTime(LocalTime.of(7, 30)).atZone(clock.getZone()).toInstant(),
                "demo");
    }

    static final Map<String, String> MANUFACTURER = Map.ofEntries(
            Map.entry("HepB", "深圳康泰"),
            Map.entry("BCG", "上海生物制品研究所"),
            Map.entry("IPV", "北京科兴"),
            Map.entry("bOPV", "北京生物制品研究所"),
            Map.entry("DTaP", "武汉生物制品研究所"),
            Map.entry("MMR", "上海生物制品研究所"),
            Map.entry("JE-L", "成都生物制品研究所"),
            Map.entry("DTaP-IPV/Hib", "赛诺菲巴斯德"),
            Map.entry("HPV2", "厦门万泰沧海"),
            Map.entry("HPV2-NIP", "厦门万泰沧海"),
            Map.entry("HPV9", "默沙东"),
            Map.entry("RZV", "葛兰素史克"),
            Map.entry("IIV", "华兰生物"),
            Map.entry("PPSV23", "云南沃森"),
            Map.entry("RABV", "辽宁成大"));

    private int[] histories(Map<String, Unit> clinicByTown, SplittableRandom random, LocalDate today) {
        var rows = jdbc.sql(
                        """
                        select id, name, id_number, sex, birth_date, unit_path, division_code from residents_resident
                        where birth_date > ? or birth_date <= ? order by id""")
                .params(today.minusYears(18), LocalDate.of(today.getYear() - 60, 12, 31))
                .query((rs, n) -> new Person(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("id_number"),
                        "2".equals(rs.getString("sex")) ? 'F' : 'M',
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("unit_path"),
                        rs.getString("division_code")))
                .list();
        int children = 0;
        int flu = 0;
        int hpv = 0;
        var seasonStart = engine.rules().influenza().seasonStartOf(today);
        for (var person : rows) {
            var clinic = clinicByTown.get(person.divisionCode().substring(0, 9));
            Long clinicId = clinic == null ? null : clinic.id();
            if (person.birthDate().isAfter(today.minusYears(18))) {
                if (random.nextDouble() >= properties.demo().historyShare() || random.nextInt(100) < 3) {
                    continue; // moved in without a record: a whole catch-up
                }
                var doses = childHistory(person, random, today);
                hpv += (int) doses.stream()
                        .filter(d -> d.product().startsWith("HPV"))
                        .count();
                records.importHistory(person, doses, clinicId);
                children++;
            } else if (random.nextInt(100) < 48) {
                // 浙江 free influenza for 60+: this season, at the town's clinic
                var day = seasonStart.plusDays(45
                        + random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(seasonStart.plusDays(45), today))));
                var doses = new ArrayList<GivenDose>();
                doses.add(new GivenDose("IIV", day.isAfter(today) ? today.minusDays(1) : day));
                if (random.nextInt(100) < 6) {
                    doses.add(new GivenDose("PPSV23", today.minusDays(200 + random.nextInt(700))));
                }
                if (random.nextInt(100) < 3) {
                    var first = today.minusDays(100 + random.nextInt(300));
                    doses.add(new GivenDose("RZV", first));
                    if (first.plusMonths(2).isBefore(today)) {
                        doses.add(new GivenDose("RZV", first.plusMonths(2).plusDays(random.nextInt(20))));
                    }
                }
                records.importHistory(person, doses, clinicId);
                flu++;
            }
        }
        return new int[] {children, flu, hpv};
    }

    /**
     * A child's history: visits on the day doses fall due (plus a few days' delay), with the schedule in force on
     * each day; one child in twelve skips one series (catch-up lists), one in three takes the pentavalent vaccine.
     */
    List<GivenDose> childHistory(Person child, SplittableRandom random, LocalDate today) {
        var history = new ArrayList<GivenDose>();
        String skipped = random.nextInt(12) == 0
                ? List.of("MMR", "JE", "HEPA", "MENAC", "DTAP", "POLIO").get(random.nextInt(6))
                : "";
        boolean penta = random.nextInt(3) == 0;
        int pentaDoses = 0;
        var day = child.birthDate();
        for (int visit = 0; visit < 40 && day.isBefore(today); visit++) {
            var forecast = engine.forecast(child.birthDate(), child.sex(), history, day);
            var due = forecast.programmeActionable().stream()
                    .filter(d -> !d.series().equals(skipped))
                    .toList();
            boolean dtap = due.stream().anyMatch(d -> d.series().equals("DTAP"));
            boolean polio = due.stream().anyMatch(d -> d.series().equals("POLIO"));
            for (DoseForecast d : due) {
                if (penta
                        && dtap
                        && polio
                        && pentaDoses < 3
                        && (d.series().equals("DTAP") || d.series().equals("POLIO"))) {
                    continue;
                }
                history.add(new GivenDose(d.product(), day));
            }
            if (penta && dtap && polio && pentaDoses < 3) {
                history.add(new GivenDose("DTaP-IPV/Hib", day));
                pentaDoses++;
            }
            var visited = day;
            var next = engine.forecast(child.birthDate(), child.sex(), history, day).items().stream()
                    .filter(d -> d.programme()
                            && d.next()
                            && d.earliest() != null
                            && d.earliest().isAfter(visited)
                            && !d.series().equals(skipped))
                    .map(DoseForecast::earliest)
                    .min(LocalDate::compareTo);
            if (next.isEmpty()) {
                break;
            }
            day = next.get().plusDays(random.nextInt(10) < 8 ? random.nextInt(6) : 15 + random.nextInt(40));
        }
        // the HPV programme (from 2025-11-10): three girls in five of the cohort took the first dose, six months apart
        var programmeStart = LocalDate.of(2025, 11, 10);
        if (child.sex() == 'F' && !child.birthDate().isBefore(LocalDate.of(2011, 11, 10)) && random.nextInt(5) < 3) {
            var thirteen = child.birthDate().plusYears(13);
            var first = (thirteen.isAfter(programmeStart) ? thirteen : programmeStart).plusDays(random.nextInt(60));
            history.add(new GivenDose("HPV2-NIP", first));
            history.add(new GivenDose("HPV2-NIP", first.plusMonths(6).plusDays(random.nextInt(20))));
        }
        history.removeIf(d -> !d.date().isBefore(today));
        return history;
    }

    private void guardiansAndNurse(Map<String, Unit> clinicByTown, LocalDate today) {
        var parent = jdbc.sql("select resident_id from platform_account where username = 'resident'")
                .query(Long.class)
                .optional()
                .flatMap(people::find);
        Unit clinic = clinicByTown.values().stream().findFirst().orElseThrow();
        if (parent.isPresent()) {
            var town = parent.get().divisionCode().substring(0, 9);
            clinic = clinicByTown.getOrDefault(town, clinic);
            // the two youngest children of the parent's town who are at least six months old (influenza is due)
            var kids = jdbc.sql(
                            """
                            select id from residents_resident where division_code like ? and birth_date <= ?
                              and birth_date > ? order by birth_date desc limit 2""")
                    .params(town + "%", today.minusMonths(7), today.minusYears(6))
                    .query(Long.class)
                    .list();
            for (var kid : kids) {
                people.link(parent.get().id(), kid, "父母");
                // no influenza yet this season: a self-paid vaccine for the parent to book and pay
                jdbc.sql("delete from vaccination_record where resident_id = ? and product = 'IIV'")
                        .param(kid)
                        .update();
            }
        }
        accounts.create(List.of(new NewAccount(
                "vaccination-nurse",
                clinic.name() + "护士",
                DEMO_PASSWORD,
                Role.VACCINATION_NURSE,
                clinic.id(),
                clinic.id(),
                null,
                true)));
    }

    private DataScope rootScope() {
        var root = organizations.root();
        return new DataScope(root.id(), root.path(), java.util.Optional.empty());
    }
}
