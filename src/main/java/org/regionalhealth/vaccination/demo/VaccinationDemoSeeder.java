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
import org.regionalhealth.vaccination.campaign.Campaigns;
import org.regionalhealth.vaccination.entrycheck.EntryChecks;
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
    private final Campaigns campaigns;
    private final EntryChecks entryChecks;

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
            Clock clock,
            Campaigns campaigns,
            EntryChecks entryChecks) {
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
        this.campaigns = campaigns;
        this.entryChecks = entryChecks;
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
        long started = System.nanoTime();
        int[] counts = tx.execute(s -> histories(clinicByTown, random, today, settings.fullScale()));
        if (settings.fullScale()) {
            jdbc.sql("analyze vaccination_record").update();
        }
        int status = tx.execute(s -> records.rebuildStatus());
        log.info("Vaccination demo: coverage rollup of {} residents", status);
        tx.executeWithoutResult(s -> guardiansAndNurse(clinicByTown, today));
        int enrolled = tx.execute(s -> enrolment(today));
        log.info("Vaccination demo: {} children on kindergarten and school rosters", enrolled);
        invitations();
        log.info(
                "Vaccination demo: {} children with histories, {} influenza doses this season, {} HPV doses,"
                        + " {} records in {} s",
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                (System.nanoTime() - started) / 1_000_000_000);
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

    /**
     * Every child's and every 60+ resident's history, streamed with {@code COPY}. At full scale (2,000,000 residents,
     * about 400,000 children) a child's history is simulated once per birth date, sex and one of four variants and
     * shared by the children of that key, so the schedule engine runs some 50,000 times instead of 400,000.
     */
    private int[] histories(
            Map<String, Unit> clinicByTown, SplittableRandom random, LocalDate today, boolean fullScale) {
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
        var shared = new HashMap<String, List<GivenDose>>();
        var copy = records.bulkHistory();
        for (var person : rows) {
            var clinic = clinicByTown.get(person.divisionCode().substring(0, 9));
            Long clinicId = clinic == null ? null : clinic.id();
            if (person.birthDate().isAfter(today.minusYears(18))) {
                if (random.nextDouble() >= properties.demo().historyShare() || random.nextInt(100) < 3) {
                    continue; // moved in without a record: a whole catch-up
                }
                List<GivenDose> doses;
                if (fullScale) {
                    int variant = random.nextInt(4);
                    doses = shared.computeIfAbsent(
                            person.birthDate() + "/" + person.sex() + "/" + variant,
                            key -> childHistory(person, new SplittableRandom(key.hashCode()), today));
                } else {
                    doses = childHistory(person, random, today);
                }
                hpv += (int) doses.stream()
                        .filter(d -> d.product().startsWith("HPV"))
                        .count();
                copy.add(person, doses, clinicId);
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
                copy.add(person, doses, clinicId);
                flu++;
            }
        }
        copy.close();
        return new int[] {children, flu, hpv, (int) copy.rows()};
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
        var parent = accounts.residentOf("resident").flatMap(people::find);
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
                records.refreshStatus(kid);
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

    /**
     * The rosters of the demo's kindergartens (小班, 中班, 大班: children 3–6 by the school year starting 1 September)
     * and primary schools (一年级), children of the school's town shared round-robin among the town's schools of that
     * kind, classes of 30.
     */
    private int enrolment(LocalDate today) {
        var schools = new ArrayList<Unit>();
        for (int page = 0; ; page++) {
            var items = organizations
                    .search(new UnitQuery(UnitType.SCHOOL, null, null, null), rootScope(), page, 200)
                    .items();
            schools.addAll(items);
            if (items.size() < 200) {
                break;
            }
        }
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        int enrolled = 0;
        for (var kind : List.of("幼儿园", "小学")) {
            var byTown = new HashMap<String, List<Unit>>();
            schools.stream()
                    .filter(s -> s.name().endsWith(kind))
                    .sorted(java.util.Comparator.comparing(Unit::id))
                    .forEach(s -> byTown.computeIfAbsent(s.divisionCode().substring(0, 9), k -> new ArrayList<>())
                            .add(s));
            // grade by birth date: born 1 September (year − n − 1) to 31 August (year − n) is n years old at entry
            List<String> grades = kind.equals("幼儿园") ? List.of("小班", "中班", "大班") : List.of("一年级");
            int firstAge = kind.equals("幼儿园") ? 3 : 6;
            for (int g = 0; g < grades.size(); g++) {
                int age = firstAge + g;
                var from = LocalDate.of(year - age - 1, 9, 1);
                var to = LocalDate.of(year - age, 8, 31);
                for (var town : byTown.entrySet()) {
                    var kids = jdbc.sql(
                                    """
                                    select id from residents_resident where division_code like ?
                                      and birth_date between ? and ? order by id""")
                            .params(town.getKey() + "%", from, to)
                            .query(Long.class)
                            .list();
                    var list = town.getValue();
                    for (int i = 0; i < kids.size(); i++) {
                        var school = list.get(i % list.size());
                        int seat = i / list.size();
                        entryChecks.enrol(school, kids.get(i), year - g, grades.get(g), (seat / 30 + 1) + "班");
                        enrolled++;
                    }
                }
            }
        }
        return enrolled;
    }

    /**
     * This season's influenza campaign and the HPV campaign; the resident account's town invited to both, the first
     * batch of messages sent (the rest leave minute by minute).
     */
    private void invitations() {
        campaigns.ensureCurrent();
        var town = accounts.residentOf("resident").flatMap(people::find).map(p -> p.divisionCode()
                .substring(0, 9));
        if (town.isEmpty()) {
            return;
        }
        var season = engine.rules().influenza().seasonStartOf(LocalDate.now(clock));
        int queued = 0;
        for (var code : List.of("FLU-" + season.getYear(), "HPV-NIP")) {
            var id = campaigns.idOf(code).orElseThrow();
            queued += campaigns.queue(id, town.get(), rootScope().likePattern(), "demo");
        }
        int sent = campaigns.dispatch(Math.min(queued, properties.smsPerMinute()));
        log.info("Vaccination demo: {} campaign invitations queued, {} sent", queued, sent);
    }

    private DataScope rootScope() {
        var root = organizations.root();
        return new DataScope(root.id(), root.path(), java.util.Optional.empty());
    }
}
