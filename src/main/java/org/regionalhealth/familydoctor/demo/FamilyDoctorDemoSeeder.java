package org.regionalhealth.familydoctor.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.regionalhealth.familydoctor.FamilyDoctorProperties;
import org.regionalhealth.familydoctor.chronic.DiabetesRuleSet;
import org.regionalhealth.familydoctor.chronic.DiabetesRules;
import org.regionalhealth.familydoctor.chronic.DiabetesVisit;
import org.regionalhealth.familydoctor.chronic.Disease;
import org.regionalhealth.familydoctor.chronic.FollowUpAction;
import org.regionalhealth.familydoctor.chronic.FollowUpOutcome;
import org.regionalhealth.familydoctor.chronic.HypertensionRuleSet;
import org.regionalhealth.familydoctor.chronic.HypertensionRules;
import org.regionalhealth.familydoctor.chronic.HypertensionVisit;
import org.regionalhealth.familydoctor.chronic.StabilityRules;
import org.regionalhealth.familydoctor.indicators.IndicatorCalculation;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo district's family-doctor data, after the residents exist: teams at every station and centre, contracts,
 * key-group registries, chronic patients with three years of follow-ups classified by the real rules, referrals and
 * delivered services, then the indicators. Deterministic (seeded), one transaction, bulk-loaded with COPY.
 *
 * <p>Proportions follow the published Xiaoshan figures (research J1): 784,000 contracts of about 2,000,000 residents
 * (39.2%), key-group coverage about 92.8%, 237,000 chronic patients (11.85%); at any scale the same shares.
 */
@Component
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class FamilyDoctorDemoSeeder implements DemoSeeder {

    static final double CONTRACT_SHARE = 784_000.0 / 2_000_000;
    static final double KEY_GROUP_COVERAGE = 0.928;
    static final double CHRONIC_SHARE = 237_000.0 / 2_000_000;
    static final int HISTORY_YEARS = 3;

    private static final Logger log = LoggerFactory.getLogger(FamilyDoctorDemoSeeder.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Organizations organizations;
    private final IndicatorCalculation indicators;
    private final FamilyDoctorProperties properties;
    private final Clock clock;
    private final org.regionalhealth.platform.AccountAdministration accounts;
    private final HypertensionRules hypertension = new HypertensionRules(HypertensionRuleSet.NBPHS_2017);
    private final DiabetesRules diabetes = new DiabetesRules(DiabetesRuleSet.NBPHS_2017);

    FamilyDoctorDemoSeeder(
            JdbcClient jdbc,
            DataSource dataSource,
            TransactionTemplate transactions,
            Organizations organizations,
            IndicatorCalculation indicators,
            FamilyDoctorProperties properties,
            Clock clock,
            org.regionalhealth.platform.AccountAdministration accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.organizations = organizations;
        this.indicators = indicators;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (jdbc.sql("select exists(select 1 from familydoctor_demo_run)")
                .query(Boolean.class)
                .single()) {
            log.info("Family-doctor demo data already generated");
            return;
        }
        // the demo district's residents, read once from the resident index's table (demo only; at run time this
        // module copies a resident when it enrols them, through ResidentIndex)
        if (!jdbc.sql("select exists(select 1 from residents_resident)")
                .query(Boolean.class)
                .single()) {
            log.info("No residents: no family-doctor demo data");
            return;
        }
        transactions.executeWithoutResult(status -> generate(settings.fullScale() ? "full" : "small", settings.seed()));
    }

    /** The residents, as arrays: 2,000,000 of them fit in about 40 MB. */
    private record Population(
            long[] id, int[] birthDay, boolean[] male, long[] unitId, String[] unitPath, boolean[] phone) {}

    private void generate(String scale, long seed) {
        var started = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        // the demo resident account's person has hypertension and a contract, so that 我的健康档案, the resident's
        // home and the village doctor's pages show a condition, follow-ups and a team on first start (issue 16)
        long demoResident = accounts.residentOf("resident").orElse(-1L);
        jdbc.sql(
                        """
                        insert into familydoctor_person (resident_id, name, sex, birth_date, phone, unit_id, unit_path)
                        select id, name, sex, birth_date, phone, unit_id, unit_path from residents_resident order by id
                        """)
                .update();
        var people = load();
        int n = people.id().length;
        log.info("Family-doctor demo: {} residents", n);

        // key groups as the rules will derive them; registries first
        var registries = new HashMap<Integer, List<String>>();
        var chronic = new HashMap<Integer, List<Disease>>();
        boolean[] key = new boolean[n];
        double[] chronicWeight = new double[n];
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            int age = ageOn(people.birthDay()[i], today);
            chronicWeight[i] = age < 35 ? 0 : age < 45 ? 1 : age < 55 ? 2.3 : age < 65 ? 4 : age < 75 ? 5.5 : 6.5;
            weightSum += chronicWeight[i];
        }
        double chronicScale = CHRONIC_SHARE * n / weightSum;
        try (var copy = copy("familydoctor_registry_entry (resident_id, registry, source, valid_from, valid_to)")) {
            for (int i = 0; i < n; i++) {
                int age = ageOn(people.birthDay()[i], today);
                if (random.nextDouble() < chronicWeight[i] * chronicScale) {
                    chronic.put(i, diseases(random));
                }
                if (people.id()[i] == demoResident) {
                    chronic.put(i, List.of(Disease.HYPERTENSION));
                }
                var regs = new ArrayList<String>();
                if (!people.male()[i] && age >= 20 && age < 42 && random.nextDouble() < 0.04) {
                    LocalDate from = today.minusDays(random.nextInt(300));
                    copy.row(people.id()[i], "PREGNANCY", "孕产妇保健手册（演示）", from, from.plusDays(280 + 42));
                    regs.add("PREGNANCY");
                }
                double disability = age < 60 ? 0.015 : 0.07;
                if (random.nextDouble() < disability) {
                    copy.row(people.id()[i], "DISABILITY", "区残联残疾人证（演示）", today.minusDays(random.nextInt(3650)), null);
                    regs.add("DISABILITY");
                }
                if (age >= 15 && random.nextDouble() < 0.0005) {
                    copy.row(
                            people.id()[i],
                            "TUBERCULOSIS",
                            "疾控结核病管理信息系统（演示）",
                            today.minusDays(random.nextInt(150)),
                            null);
                    regs.add("TUBERCULOSIS");
                }
                if (age >= 15 && random.nextDouble() < 0.005) {
                    copy.row(
                            people.id()[i],
                            "SEVERE_MENTAL",
                            "严重精神障碍信息系统（演示）",
                            today.minusDays(random.nextInt(3650)),
                            null);
                    regs.add("SEVERE_MENTAL");
                }
                if (random.nextDouble() < 0.004) {
                    copy.row(people.id()[i], "POVERTY_LIFTED", "乡村振兴部门脱贫人口名单（演示）", LocalDate.of(2020, 12, 31), null);
                    regs.add("POVERTY_LIFTED");
                }
                if (age >= 49 && random.nextDouble() < 0.002) {
                    copy.row(people.id()[i], "FP_SPECIAL", "区卫健局计划生育特殊家庭名单（演示）", LocalDate.of(2019, 1, 1), null);
                    regs.add("FP_SPECIAL");
                }
                var d = chronic.get(i);
                boolean keyDisease = d != null && (d.contains(Disease.HYPERTENSION) || d.contains(Disease.DIABETES_T2));
                key[i] = age < 7 || age >= 65 || keyDisease || !regs.isEmpty();
                if (!regs.isEmpty()) {
                    registries.put(i, regs);
                }
            }
        }

        // teams: one per station, three per centre, a specialist from the medical community's first hospital
        var teamsByUnit = createTeams(people);

        // contracts: key groups at the published coverage, the others so the total is the published share
        int keyCount = 0;
        for (boolean k : key) {
            keyCount += k ? 1 : 0;
        }
        double otherShare =
                Math.max(0, (CONTRACT_SHARE * n - KEY_GROUP_COVERAGE * keyCount) / Math.max(1, n - keyCount));
        var teamLoad = new HashMap<Long, Integer>();
        long contractId = 0;
        long contracts = 0;
        var current = new ArrayList<
                long[]>(); // contract id, person index, package (0 basic, 1 chronic, 2 elderly), start day
        try (var copy =
                copy("familydoctor_contract (id, resident_id, team_id, unit_path, package_code, status, applied_on,"
                        + " reviewed_on, reviewed_by, signed_on, start_date, end_date, signature_method, signature_digest, signed_by,"
                        + " previous_contract_id, end_reason)")) {
            for (int i = 0; i < n; i++) {
                boolean signs = random.nextDouble() < (key[i] ? KEY_GROUP_COVERAGE : otherShare)
                        || people.id()[i] == demoResident;
                var teams = teamsByUnit.get(people.unitId()[i]);
                if (teams == null) {
                    continue;
                }
                var team = teams.get(random.nextInt(teams.size()));
                int age = ageOn(people.birthDay()[i], today);
                var d = chronic.get(i);
                String pkg = d != null && (d.contains(Disease.HYPERTENSION) || d.contains(Disease.DIABETES_T2))
                        ? "CHRONIC"
                        : age >= 65 ? "ELDERLY" : "BASIC";
                if (!signs) {
                    // some of those without a contract today let last year's expire (the renewal rate's gap)
                    if (random.nextDouble() < 0.12) {
                        LocalDate start = today.minusDays(366 + random.nextInt(365));
                        contractRow(copy, ++contractId, people, i, team, pkg, "EXPIRED", start, null, "到期未续约");
                    }
                    continue;
                }
                LocalDate start = today.minusDays(random.nextInt(365));
                Long previous = null;
                if (random.nextDouble() < 0.72) {
                    previous = ++contractId;
                    contractRow(copy, previous, people, i, team, pkg, "RENEWED", start.minusYears(1), null, "续约");
                }
                long id = ++contractId;
                contractRow(copy, id, people, i, team, pkg, "SIGNED", start, previous, null);
                current.add(
                        new long[] {id, i, pkg.equals("CHRONIC") ? 1 : pkg.equals("ELDERLY") ? 2 : 0, start.toEpochDay()
                        });
                teamLoad.merge(team.id(), 1, Integer::sum);
                contracts++;
            }
        }
        teamLoad.forEach((team, load) -> jdbc.sql("update familydoctor_team set capacity = ? where id = ?")
                .params(Math.max(properties.teamCapacity(), (int) Math.ceil(load * 1.15)), team)
                .update());
        try (var copy = copy("familydoctor_service_delivery (contract_id, service, delivered_on, recorded_by)")) {
            for (var c : current) {
                LocalDate start = LocalDate.ofEpochDay(c[3]);
                int days = (int) Math.max(1, today.toEpochDay() - c[3]);
                deliver(copy, random, c[0], "HEALTH_ASSESSMENT", start, days, 0.85);
                if (c[2] != 1) {
                    deliver(copy, random, c[0], "HEALTH_EDUCATION", start, days, 0.8);
                }
                if (c[2] == 2) {
                    deliver(copy, random, c[0], "HOME_VISIT", start, days, 0.6);
                }
                if (c[2] == 1) {
                    deliver(copy, random, c[0], "LONG_PRESCRIPTION", start, days, 0.5);
                }
            }
        }

        // chronic patients: simulate each twice with its own seed (first the summary row, then the visits), as one
        // connection streams one COPY at a time
        var patients = new ArrayList<long[]>(); // patient id, person index, disease ordinal, seed
        long patientId = 0;
        for (int i = 0; i < n; i++) {
            var d = chronic.get(i);
            if (d != null) {
                for (var disease : d) {
                    patients.add(new long[] {++patientId, i, disease.ordinal(), random.nextLong()});
                }
            }
        }
        try (var copy =
                copy("familydoctor_chronic_patient (id, resident_id, disease, unit_id, unit_path, registered_on,"
                        + " status, last_visit_on, last_class, previous_not_controlled, next_due, next_due_kind)")) {
            for (var p : patients) {
                var history = simulate(p, people, today, null, null);
                int i = (int) p[1];
                copy.row(
                        p[0],
                        people.id()[i],
                        Disease.values()[(int) p[2]].name(),
                        people.unitId()[i],
                        people.unitPath()[i],
                        history.registeredOn,
                        "ACTIVE",
                        history.lastVisit,
                        history.lastClass,
                        history.previousNot,
                        history.nextDue,
                        history.nextDueKind);
            }
        }
        long followups;
        var referrals = new ArrayList<Object[]>();
        try (var copy =
                copy("familydoctor_followup (id, patient_id, resident_id, disease, unit_id, unit_path, visit_date,"
                        + " method, systolic, diastolic, heart_rate, weight_kg, fasting_glucose, on_target, visit_class, action,"
                        + " next_due, reasons, rule_set, recorded_by)")) {
            long[] ids = {0};
            for (var p : patients) {
                simulate(p, people, today, copy, referrals, ids);
            }
            followups = copy.rows();
        }
        try (var copy =
                copy("familydoctor_referral (patient_id, resident_id, followup_id, unit_path, emergency, reason,"
                        + " referred_on, check_due, checked_on, outcome)")) {
            for (var r : referrals) {
                copy.row(r);
            }
        }
        for (var table : List.of("contract", "followup", "chronic_patient")) {
            jdbc.sql("select setval('familydoctor_" + table
                            + "_id_seq', (select coalesce(max(id), 1) from familydoctor_" + table + "))")
                    .query(Long.class)
                    .single();
        }
        for (var table : List.of(
                "person",
                "contract",
                "followup",
                "chronic_patient",
                "referral",
                "registry_entry",
                "service_delivery")) {
            jdbc.sql("analyze familydoctor_" + table).update();
        }
        var took = indicators.recomputeAll(today);
        double seconds = Duration.between(started, Instant.now(clock)).toMillis() / 1000.0;
        jdbc.sql(
                        "insert into familydoctor_demo_run (scale, seed, contracts, patients, followups, seconds) values (?, ?, ?, ?, ?, ?)")
                .params(scale, seed, contracts, patients.size(), followups, seconds)
                .update();
        log.info(
                "Family-doctor demo ready: {} contracts, {} key-group residents, {} chronic registrations, {} follow-ups,"
                        + " {} referrals in {} s (indicators {} ms)",
                contracts,
                keyCount,
                patients.size(),
                followups,
                referrals.size(),
                seconds,
                took.toMillis());
    }

    private Population load() {
        int n = jdbc.sql("select count(*) from familydoctor_person")
                .query(Integer.class)
                .single();
        var p = new Population(new long[n], new int[n], new boolean[n], new long[n], new String[n], new boolean[n]);
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(10_000);
        var paths = new HashMap<String, String>();
        int[] i = {0};
        template.query(
                "select resident_id, birth_date, sex, unit_id, unit_path, phone is not null from familydoctor_person order by resident_id",
                rs -> {
                    int k = i[0]++;
                    p.id()[k] = rs.getLong(1);
                    p.birthDay()[k] = (int) rs.getObject(2, LocalDate.class).toEpochDay();
                    p.male()[k] = rs.getString(3).equals("1");
                    p.unitId()[k] = rs.getLong(4);
                    p.unitPath()[k] = paths.computeIfAbsent(rs.getString(5), s -> s);
                    p.phone()[k] = rs.getBoolean(6);
                });
        return p;
    }

    private record DemoTeam(long id, String unitPath) {}

    private Map<Long, List<DemoTeam>> createTeams(Population people) {
        var units = new java.util.TreeSet<Long>();
        for (long u : people.unitId()) {
            units.add(u);
        }
        var root = organizations.root();
        var scope = new DataScope(root.id(), root.path(), java.util.Optional.empty());
        var specialists = new HashMap<Long, StaffMember>();
        var result = new HashMap<Long, List<DemoTeam>>();
        for (long unitId : units) {
            var unit = organizations.find(unitId).orElseThrow();
            var staff = organizations.staffOf(unitId).stream()
                    .filter(StaffMember::prescribingRight)
                    .toList();
            if (staff.isEmpty()) {
                continue;
            }
            var specialist = organizations
                    .medicalCommunityOf(unitId)
                    .map(mc -> specialists.computeIfAbsent(mc.id(), k -> {
                        var hospitals = organizations
                                .search(new UnitQuery(UnitType.HOSPITAL, null, null, null), scope, 0, 100)
                                .items();
                        return hospitals.stream()
                                .filter(h -> h.path().startsWith(mc.path()))
                                .findFirst()
                                .flatMap(h -> organizations.staffOf(h.id()).stream()
                                        .filter(StaffMember::prescribingRight)
                                        .findFirst())
                                .orElse(null);
                    }));
            int count = unit.type() == UnitType.STATION ? 1 : Math.min(3, staff.size());
            var teams = new ArrayList<DemoTeam>();
            for (int t = 0; t < count; t++) {
                var leader =
                        unit.type() == UnitType.STATION ? staff.get(0) : staff.get(Math.min(staff.size() - 1, t + 1));
                var partner = staff.get(unit.type() == UnitType.STATION ? Math.min(1, staff.size() - 1) : 0);
                long id = jdbc.sql(
                                """
                                insert into familydoctor_team (unit_id, unit_path, name, leader_staff_id, leader_name, capacity)
                                values (?, ?, ?, ?, ?, ?) returning id""")
                        .params(
                                unit.id(),
                                unit.path(),
                                unit.name() + " " + leader.name() + "团队",
                                leader.id(),
                                leader.name(),
                                properties.teamCapacity())
                        .query(Long.class)
                        .single();
                member(id, leader.id(), leader.name(), "FAMILY_DOCTOR");
                if (partner.id() != leader.id()) {
                    member(id, partner.id(), partner.name(), "PUBLIC_HEALTH");
                }
                specialist.ifPresent(s -> member(id, s.id(), s.name(), "SPECIALIST"));
                teams.add(new DemoTeam(id, unit.path()));
            }
            result.put(unitId, teams);
        }
        return result;
    }

    private void member(long team, long staff, String name, String role) {
        jdbc.sql(
                        "insert into familydoctor_team_member (team_id, staff_id, name, role) values (?, ?, ?, ?) on conflict do nothing")
                .params(team, staff, name, role)
                .update();
    }

    private void contractRow(
            CopyTable copy,
            long id,
            Population people,
            int i,
            DemoTeam team,
            String pkg,
            String status,
            LocalDate start,
            Long previous,
            String endReason) {
        LocalDate end = start.plusYears(1).minusDays(1);
        String digest = Sha256.hex(id + "|" + people.id()[i] + "|" + team.id() + "|" + pkg + "|" + start + "|" + end);
        copy.row(
                id,
                people.id()[i],
                team.id(),
                team.unitPath(),
                pkg,
                status,
                start.minusDays(7),
                start.minusDays(3),
                "demo",
                start,
                start,
                end,
                "HANDWRITTEN_PAD",
                digest,
                "demo",
                previous,
                endReason);
    }

    private static void deliver(
            CopyTable copy,
            SplittableRandom random,
            long contract,
            String service,
            LocalDate start,
            int days,
            double p) {
        // the chance of delivery grows with the share of the contract year gone
        if (random.nextDouble() < p * Math.min(1.0, days / 300.0 + 0.2)) {
            copy.row(contract, service, start.plusDays(random.nextInt(days)), "demo");
        }
    }

    private static List<Disease> diseases(SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.62) {
            return List.of(Disease.HYPERTENSION);
        }
        if (r < 0.74) {
            return List.of(Disease.DIABETES_T2);
        }
        if (r < 0.86) {
            return List.of(Disease.HYPERTENSION, Disease.DIABETES_T2);
        }
        var others = List.of(
                Disease.COPD,
                Disease.ASTHMA,
                Disease.CORONARY_HEART_DISEASE,
                Disease.STROKE,
                Disease.CHRONIC_KIDNEY_DISEASE);
        return List.of(others.get(random.nextInt(others.size())));
    }

    private static int ageOn(int birthDay, LocalDate day) {
        return java.time.Period.between(LocalDate.ofEpochDay(birthDay), day).getYears();
    }

    /** The state a patient's simulated history ends in. */
    private static final class History {
        LocalDate registeredOn;
        LocalDate lastVisit;
        String lastClass;
        boolean previousNot;
        LocalDate nextDue;
        String nextDueKind = "FIRST";
    }

    private History simulate(long[] p, Population people, LocalDate today, CopyTable copy, List<Object[]> referrals) {
        return simulate(p, people, today, copy, referrals, null);
    }

    /**
     * One patient's management history: registration up to three years back, then visits on the dates the rules
     * set (quarterly, 2-week rechecks, referral checks), with now and then a missed visit; each visit classified by
     * the real rule classes.
     */
    private History simulate(
            long[] p, Population people, LocalDate today, CopyTable copy, List<Object[]> referrals, long[] ids) {
        var random = new SplittableRandom(p[3]);
        int i = (int) p[1];
        var disease = Disease.values()[(int) p[2]];
        var h = new History();
        int back = random.nextDouble() < 0.04 ? random.nextInt(20) : 30 + random.nextInt(HISTORY_YEARS * 365 - 30);
        h.registeredOn = today.minusDays(back);
        h.nextDue = h.registeredOn;
        double control = 0.5 + random.nextDouble() * 0.45;
        LocalDate birth = LocalDate.ofEpochDay(people.birthDay()[i]);
        LocalDate date = h.registeredOn.plusDays(random.nextInt(15));
        while (!date.isAfter(today)) {
            boolean good = random.nextDouble() < (h.previousNot ? Math.min(0.95, control + 0.15) : control);
            int age = java.time.Period.between(birth, date).getYears();
            Integer sbp = null;
            Integer dbp = null;
            BigDecimal glucose = null;
            FollowUpOutcome outcome;
            boolean onTarget;
            if (disease == Disease.HYPERTENSION || disease == Disease.DIABETES_T2) {
                boolean emergency = !good && random.nextDouble() < 0.02;
                sbp = good
                        ? 112 + random.nextInt(age >= 65 ? 36 : 27)
                        : emergency ? 180 + random.nextInt(15) : 140 + random.nextInt(36);
                dbp = Math.min(
                        sbp - 30,
                        good ? 64 + random.nextInt(25) : emergency ? 95 + random.nextInt(12) : 82 + random.nextInt(20));
                if (disease == Disease.HYPERTENSION) {
                    outcome = hypertension.classify(HypertensionVisit.of(date, age, sbp, dbp, h.previousNot));
                    onTarget = hypertension.onTarget(age, false, sbp, dbp);
                } else {
                    double g = good
                            ? 4.6 + random.nextDouble() * 2.3
                            : emergency ? 16.8 + random.nextDouble() * 3 : 7.0 + random.nextDouble() * 5;
                    glucose = BigDecimal.valueOf(g).setScale(1, RoundingMode.HALF_UP);
                    outcome = diabetes.classify(new DiabetesVisit(
                            date, glucose, sbp, dbp, null, null, false, false, false, Set.of(), h.previousNot));
                    onTarget = diabetes.onTarget(glucose);
                }
            } else {
                outcome = StabilityRules.classify(date, good, false, false, h.previousNot);
                onTarget = good;
            }
            if (copy != null) {
                long followUpId = ++ids[0];
                String method = outcome.action() != FollowUpAction.ROUTINE || random.nextDouble() < 0.7
                        ? "CLINIC"
                        : random.nextBoolean() ? "HOME" : "PHONE";
                copy.row(
                        followUpId,
                        p[0],
                        people.id()[i],
                        disease.name(),
                        people.unitId()[i],
                        people.unitPath()[i],
                        date,
                        method,
                        sbp,
                        dbp,
                        60 + random.nextInt(35),
                        null,
                        glucose,
                        onTarget,
                        outcome.visitClass().name(),
                        outcome.action().name(),
                        outcome.nextDue(),
                        String.join("；", outcome.reasons()),
                        outcome.ruleSetId(),
                        "demo");
                if (outcome.action().refers()) {
                    LocalDate check = outcome.referralCheckDue();
                    boolean checked = check.isBefore(today.minusDays(3));
                    referrals.add(new Object[] {
                        p[0],
                        people.id()[i],
                        followUpId,
                        people.unitPath()[i],
                        outcome.action() == FollowUpAction.EMERGENCY_REFERRAL,
                        String.join("；", outcome.reasons()),
                        date,
                        check,
                        checked ? check.minusDays(random.nextInt(5)) : null,
                        checked ? "已至上级医院就诊，调整用药后转回社区" : null
                    });
                }
            }
            h.lastVisit = date;
            h.lastClass = outcome.visitClass().name();
            h.previousNot = !outcome.controlled();
            h.nextDue = outcome.nextDue();
            h.nextDueKind = outcome.action().refers()
                    ? "REFERRAL"
                    : outcome.action() == FollowUpAction.RECHECK_IN_TWO_WEEKS ? "RECHECK" : "ROUTINE";
            LocalDate next = outcome.nextDue().plusDays(random.nextInt(16) - 5);
            if (random.nextDouble() < 0.08) {
                next = next.plusDays(30 + random.nextInt(90));
            }
            date = next.isAfter(date) ? next : date.plusDays(1);
        }
        if (h.nextDueKind.equals("REFERRAL") && h.nextDue.isBefore(today.minusDays(3))) {
            // the referral was checked (see above): the patient is due for routine care again
            h.nextDueKind = "ROUTINE";
        }
        return h;
    }

    private CopyTable copy(String tableAndColumns) {
        return new CopyTable(DataSourceUtils.getConnection(dataSource), tableAndColumns);
    }
}
