package org.regionalhealth.childcare.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.regionalhealth.childcare.ChildcareProperties;
import org.regionalhealth.childcare.ChildcareRegistry;
import org.regionalhealth.childcare.FilingState;
import org.regionalhealth.childcare.InspectionResult;
import org.regionalhealth.childcare.InstitutionProfile;
import org.regionalhealth.childcare.NewApplication;
import org.regionalhealth.childcare.SubsidyApplication;
import org.regionalhealth.childcare.SubsidyLedger;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ResidentIdNumber;
import org.regionalhealth.residents.ResidentIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The district's childcare at the 2025 review's figures: the 265 childcare units of the demo district filed with
 * {@code rhp.childcare.demo-places} (11,531) places, over 80 % of them 普惠, staff and a recent inspection each;
 * town populations that add up to about 2.0 million in the proportions of the demo residents; children enrolled;
 * {@code rhp.childcare.demo-applications} subsidy applications in mixed states with one paid and reconciled batch;
 * and the {@code subsidy-officer} account. Everything through the module's own registry and ledger.
 */
@Component
class ChildcareDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(ChildcareDemoSeeder.class);

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "沈", "蔡", "俞", "施",
        "傅", "汪"
    };
    private static final String[] GIVEN = {
        "子涵", "一诺", "梓萱", "浩宇", "欣怡", "宇轩", "诗涵", "沐阳", "若汐", "梓睿", "思远", "可馨", "俊熙", "语桐", "安然", "嘉懿", "铭泽", "书瑶",
        "亦辰", "芷若"
    };
    private static final String[] PARENT_GIVEN = {
        "伟", "芳", "敏", "静", "磊", "洋", "婷", "杰", "丽", "强", "燕", "军", "慧", "涛", "娟"
    };

    private final ChildcareRegistry registry;
    private final SubsidyLedger ledger;
    private final Organizations organizations;
    private final ResidentIndex residents;
    private final AccountAdministration accounts;
    private final ChildcareProperties properties;
    private final Clock clock;

    ChildcareDemoSeeder(
            ChildcareRegistry registry,
            SubsidyLedger ledger,
            Organizations organizations,
            ResidentIndex residents,
            AccountAdministration accounts,
            ChildcareProperties properties,
            Clock clock) {
        this.registry = registry;
        this.ledger = ledger;
        this.organizations = organizations;
        this.residents = residents;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (registry.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        var root = organizations.root();
        var system = new CurrentUser(
                "system",
                "演示数据",
                Role.DISTRICT_ADMIN,
                root.id(),
                new DataScope(root.id(), root.path(), Optional.empty()),
                CurrentUser.Channel.SYSTEM);
        var units = childcareUnits(system);
        if (units.isEmpty()) {
            return;
        }
        var random = new SplittableRandom(settings.seed() ^ 0x21_C4_11_DL);
        var today = LocalDate.now(clock);
        institutions(units, random, today, system);
        populations(system, today);
        var enrolled = enrolments(units, random, today, system);
        applications(enrolled, random, today, system);
        accounts.create(List.of(
                new NewAccount(
                        "subsidy-officer",
                        "区卫健局托育补贴经办",
                        DemoSettings.DEMO_PASSWORD,
                        Role.SUBSIDY_OFFICER,
                        root.id(),
                        root.id(),
                        null,
                        true),
                // four eyes: a second officer confirms what the first reviewed
                new NewAccount(
                        "subsidy-officer2",
                        "区卫健局托育补贴复核",
                        DemoSettings.DEMO_PASSWORD,
                        Role.SUBSIDY_OFFICER,
                        root.id(),
                        root.id(),
                        null,
                        true)));
        log.info(
                "Childcare demo: {} institutions, {} enrolments, {} subsidy applications in {} ms",
                units.size(),
                enrolled.size(),
                properties.demoApplications(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The second subsidy officer: 审核确认 must be done by another officer than 初审 (four eyes). */
    private static CurrentUser secondOfficer(CurrentUser system) {
        return new CurrentUser(
                "subsidy-officer2", "区卫健局托育补贴复核", system.role(), system.unitId(), system.scope(), system.channel());
    }

    private List<Unit> childcareUnits(CurrentUser system) {
        var units = new ArrayList<Unit>();
        int page = 0;
        while (true) {
            var result = organizations.search(
                    new UnitQuery(UnitType.CHILDCARE, null, null, null), system.scope(), page++, 200);
            units.addAll(result.items());
            if (units.size() >= result.total() || result.items().isEmpty()) {
                return units;
            }
        }
    }

    private void institutions(List<Unit> units, SplittableRandom random, LocalDate today, CurrentUser system) {
        int n = units.size();
        // capacities between 15 and 90, scaled to exactly the published total
        int[] capacity = new int[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            capacity[i] = 15 + random.nextInt(76);
            sum += capacity[i];
        }
        int total = properties.demoPlaces();
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            capacity[i] = (int) Math.max(10, Math.round((double) capacity[i] * total / sum));
            assigned += capacity[i];
        }
        for (int i = 0; assigned != total; i = (i + 1) % n) {
            int step = assigned < total ? 1 : -1;
            if (capacity[i] + step >= 10) {
                capacity[i] += step;
                assigned += step;
            }
        }
        // three in four fully 普惠, the others partly; then more fully 普惠 until the share is reached
        int[] puhui = new int[n];
        int puhuiTotal = 0;
        for (int i = 0; i < n; i++) {
            puhui[i] = random.nextDouble() < 0.75 ? capacity[i] : (int) (capacity[i] * random.nextDouble() * 0.5);
            puhuiTotal += puhui[i];
        }
        for (int i = 0; i < n && puhuiTotal < properties.demoPuhuiShare() * total; i++) {
            puhuiTotal += capacity[i] - puhui[i];
            puhui[i] = capacity[i];
        }
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble();
            var state = r < 0.92 ? FilingState.FILED : r < 0.97 ? FilingState.PENDING : FilingState.NOT_FILED;
            LocalDate filedOn = today.minusDays(200 + random.nextInt(5 * 365));
            int caregivers = (capacity[i] + 4) / 5;
            registry.register(
                    units.get(i).id(),
                    new InstitutionProfile(
                            state,
                            state == FilingState.FILED
                                    ? "萧托备" + filedOn.getYear() + String.format("%04d", i + 1)
                                    : null,
                            state == FilingState.FILED ? filedOn : null,
                            capacity[i],
                            puhui[i],
                            caregivers + 2 + random.nextInt(4),
                            caregivers),
                    system);
            if (state == FilingState.FILED) {
                double q = random.nextDouble();
                var result = q < 0.9
                        ? InspectionResult.PASSED
                        : q < 0.98 ? InspectionResult.RECTIFY : InspectionResult.FAILED;
                registry.recordInspection(
                        units.get(i).id(),
                        today.minusDays(random.nextInt(330)),
                        result,
                        result == InspectionResult.PASSED ? "" : "消防通道堆放杂物，限期整改",
                        system);
            }
        }
    }

    private void populations(CurrentUser system, LocalDate today) {
        var byTown = residents.countByTown(system);
        long all = byTown.values().stream().mapToLong(Long::longValue).sum();
        var towns = organizations.towns();
        for (Division town : towns) {
            long count = byTown.getOrDefault(town.code(), 0L);
            int population = all == 0
                    ? properties.demoPopulation() / towns.size()
                    : (int) Math.max(1000, Math.round((double) properties.demoPopulation() * count / all));
            registry.setPopulation(town.code(), population, today.getYear() - 1, "演示数据：全区常住人口约200万按各镇街居民比例折算");
        }
    }

    private record Child(String idNumber, String name, LocalDate birth) {}

    private List<Child> enrolments(List<Unit> units, SplittableRandom random, LocalDate today, CurrentUser system) {
        var used = new HashSet<String>();
        var enrolled = new ArrayList<Child>();
        var filed = units.stream()
                .filter(u -> registry.find(u.id(), system)
                        .map(i -> i.filingState() == FilingState.FILED)
                        .orElse(false))
                .toList();
        for (int i = 0; i < properties.demoEnrolments() && !filed.isEmpty(); i++) {
            var child = child(random, today, used, 6, 34);
            var unit = filed.get(random.nextInt(filed.size()));
            LocalDate on = today.minusDays(random.nextInt(150));
            if (on.isBefore(child.birth().plusMonths(6))) {
                on = child.birth().plusMonths(6);
            }
            try {
                registry.enrol(unit.id(), child.idNumber(), child.name(), on, system);
                enrolled.add(child);
            } catch (PlatformException e) {
                log.debug("demo enrolment skipped: {}", e.getMessage());
            }
        }
        return enrolled;
    }

    private void applications(List<Child> enrolled, SplittableRandom random, LocalDate today, CurrentUser system) {
        var used = new HashSet<String>();
        enrolled.forEach(c -> used.add(c.idNumber()));
        var towns = organizations.towns();
        var filed = new ArrayList<SubsidyApplication>();
        int young = 0;
        for (int i = 0; i < properties.demoApplications(); i++) {
            boolean youngWorker = i % 10 == 9 && young < enrolled.size();
            var child = youngWorker ? enrolled.get(young++) : child(random, today, used, 1, 35);
            int period = youngWorker || random.nextDouble() < 0.7 ? today.getYear() : today.getYear() - 1;
            String parent = child.name().substring(0, 1) + PARENT_GIVEN[random.nextInt(PARENT_GIVEN.length)];
            String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
            String account = "6228" + String.format("%015d", random.nextLong(1_000_000_000_000_000L));
            try {
                filed.add(ledger.apply(
                        new NewApplication(
                                youngWorker ? "XS_YOUNG_WORKER" : "NATIONAL_CHILDCARE",
                                period,
                                child.idNumber(),
                                child.name(),
                                towns.get(random.nextInt(towns.size())).code(),
                                parent,
                                phone,
                                random.nextBoolean() ? "母亲" : "父亲",
                                youngWorker || random.nextBoolean(),
                                account,
                                null),
                        system));
            } catch (PlatformException e) {
                log.debug("demo application skipped: {}", e.getMessage());
            }
        }
        // about 45 % paid in one reconciled batch, then 15 % approved, 15 % through the first review, 5 % returned
        var rest = new ArrayList<SubsidyApplication>();
        for (var a : filed) {
            if (random.nextDouble() < 0.45) {
                ledger.approve(a.id(), system);
                ledger.approve(a.id(), secondOfficer(system)); // four eyes: 审核确认 by another officer
            } else {
                rest.add(a);
            }
        }
        var batch = ledger.pay("demo-batch-" + today.getYear(), system);
        ledger.reconcile(batch.id(), system);
        for (var a : rest) {
            double r = random.nextDouble();
            if (r < 0.27) {
                ledger.approve(a.id(), system);
                ledger.approve(a.id(), secondOfficer(system)); // four eyes: 审核确认 by another officer
            } else if (r < 0.54) {
                ledger.approve(a.id(), system);
            } else if (r < 0.63) {
                ledger.returnWithReason(a.id(), "户口簿照片不清晰，请重新上传", system);
            }
        }
    }

    /** A child born between {@code minMonths} and {@code maxMonths} ago with a valid, unused ID number. */
    private static Child child(
            SplittableRandom random, LocalDate today, Set<String> used, int minMonths, int maxMonths) {
        while (true) {
            LocalDate birth = today.minusMonths(minMonths).minusDays(random.nextInt((maxMonths - minMonths) * 30));
            String first17 = "330109" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            String id = first17 + ResidentIdNumber.checkCharacter(first17);
            if (used.add(id)) {
                String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                return new Child(id, name, birth);
            }
        }
    }
}
