package org.regionalhealth.emergency.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.regionalhealth.emergency.AccessHours;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.AedInspections;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.emergency.AmbulanceStations;
import org.regionalhealth.emergency.BuildingType;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.emergency.NewAed;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code rhp.emergency.demo-aeds} (1,467) public AEDs across Xiaoshan's real towns, from one seeded random stream:
 * streets (街道) and the new city hold three times the AEDs of a rural town; each sits within about 1.5 km of its
 * town's centre in a realistic building with the building's usual opening hours; about a quarter are reachable
 * round the clock, about 7% have expired pads, 2% an expired battery and 3% are in maintenance.
 */
@Component
class EmergencyDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(EmergencyDemoSeeder.class);

    private static final String[] MODELS = {
        "迈瑞 BeneHeart C2", "迈瑞 BeneHeart S1", "飞利浦 HeartStart HS1", "卓尔 AED Plus", "久心 iAED-S1", "日本光电 AED-3100"
    };
    private static final String[] ANYWHERE = {"一楼大厅服务台旁", "东门入口右侧墙面", "电梯厅", "保安室门口", "主入口左侧"};

    private final AedRegistry registry;
    private final AedInspections inspections;
    private final AmbulanceStations stations;
    private final ArrestDemo arrestDemo;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final EmergencyProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EmergencyDemoSeeder(
            AedRegistry registry,
            AedInspections inspections,
            AmbulanceStations stations,
            ArrestDemo arrestDemo,
            Organizations organizations,
            AccountAdministration accounts,
            EmergencyProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.registry = registry;
        this.inspections = inspections;
        this.stations = stations;
        this.arrestDemo = arrestDemo;
        this.organizations = organizations;
        this.accounts = accounts;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (stations.all().isEmpty()) {
            seedStations();
        }
        var root = organizations.root();
        var system = new CurrentUser(
                "demo",
                "演示数据",
                Role.DISTRICT_ADMIN,
                root.id(),
                new DataScope(root.id(), root.path(), Optional.empty()),
                CurrentUser.Channel.SYSTEM);
        if (registry.count() == 0) {
            seedAeds();
            seedInspections(system);
            seedAccount(root.id());
        }
        var towns = organizations.towns().stream()
                .filter(t -> t.lat() != null && t.lng() != null)
                .toList();
        transactions.executeWithoutResult(status -> arrestDemo.seed(towns, system));
    }

    /**
     * The 120 network's stations from the organisation's ambulance-station units (position and town), with two
     * ambulances each and three at the stations of the urban streets.
     */
    private void seedStations() {
        var units = organizations
                .search(new UnitQuery(UnitType.AMBULANCE_STATION, null, null, null), organizationScope(), 0, 200)
                .items();
        transactions.executeWithoutResult(status -> {
            for (var unit : units) {
                String town =
                        unit.divisionCode().length() >= 9 ? unit.divisionCode().substring(0, 9) : unit.divisionCode();
                int ambulances = organizations
                                .division(town)
                                .map(d -> d.name().endsWith("街道"))
                                .orElse(false)
                        ? 3
                        : 2;
                stations.add(unit.id(), unit.name(), town, unit.lat(), unit.lng(), ambulances);
            }
        });
        log.info("Demo: {} ambulance stations", units.size());
    }

    /** The 120 centre's officer: on the emergency centre, the whole district in scope. */
    private void seedAccount(long rootId) {
        long unit = organizations
                .search(new UnitQuery(UnitType.EMERGENCY_CENTRE, null, null, null), organizationScope(), 0, 1)
                .items()
                .stream()
                .findFirst()
                .map(u -> u.id())
                .orElse(rootId);
        accounts.create(List.of(new NewAccount(
                "emergency-officer",
                "区急救中心调度科",
                DemoSettings.DEMO_PASSWORD,
                Role.EMERGENCY_OFFICER,
                unit,
                rootId,
                null,
                true)));
    }

    private DataScope organizationScope() {
        var root = organizations.root();
        return new DataScope(root.id(), root.path(), Optional.empty());
    }

    /**
     * Each AED's last check as an inspection record (on the date the registry holds); devices in maintenance failed
     * it (pads), the others passed; inspectors are the sites' duty staff.
     */
    private void seedInspections(CurrentUser system) {
        var random = new SplittableRandom(20_261_208L);
        String[] inspectors = {"王建国", "李秀英", "张伟", "刘芳", "陈明", "杨静", "赵磊", "周敏"};
        transactions.executeWithoutResult(status -> {
            for (Aed aed : registry.all()) {
                if (aed.lastInspection() == null) {
                    continue;
                }
                boolean failed = aed.status() == AedStatus.MAINTENANCE;
                inspections.record(
                        aed.id(),
                        aed.lastInspection(),
                        inspectors[random.nextInt(inspectors.length)],
                        true,
                        !failed,
                        true,
                        true,
                        failed ? "电极片包装破损，已联系厂家更换" : "",
                        system);
            }
        });
    }

    private void seedAeds() {
        var towns = organizations.towns().stream()
                .filter(t -> t.lat() != null && t.lng() != null)
                .toList();
        if (towns.isEmpty()) {
            return;
        }
        var weighted = new ArrayList<Division>();
        for (Division town : towns) {
            int weight = town.name().endsWith("街道") || town.name().contains("世纪城") ? 3 : 1;
            for (int i = 0; i < weight; i++) {
                weighted.add(town);
            }
        }
        var villagesByTown = new java.util.HashMap<String, List<Division>>();
        towns.forEach(t -> villagesByTown.put(t.code(), organizations.villagesOf(t.code())));
        var random = new SplittableRandom(20_261_207L);
        LocalDate today = LocalDate.now(clock);
        var aeds = new ArrayList<NewAed>();
        for (int i = 0; i < properties.demoAeds(); i++) {
            Division town = weighted.get(random.nextInt(weighted.size()));
            aeds.add(aed(i, town, villagesByTown.get(town.code()), random, today));
        }
        transactions.executeWithoutResult(status -> aeds.forEach(registry::register));
        log.info("Demo: {} public AEDs registered", aeds.size());
    }

    private NewAed aed(int n, Division town, List<Division> villages, SplittableRandom random, LocalDate today) {
        String shortName = town.name().replaceAll("(街道|镇|农场|区)$", "");
        String village = villages.isEmpty()
                ? shortName
                : villages.get(random.nextInt(villages.size())).name().replaceAll("(村|社区|居委会)$", "");
        BuildingType type = BuildingType.values()[pick(random, new int[] {8, 22, 10, 14, 10, 12, 24})];
        String building;
        String floor;
        String location;
        String owner;
        AccessHours hours;
        switch (type) {
            case METRO_STATION -> {
                int line = new int[] {2, 5, 7}[random.nextInt(3)];
                building = "地铁" + line + "号线" + shortName + "站";
                floor = "B1";
                location = random.nextBoolean() ? "站厅层客服中心旁" : "A口进站闸机外侧";
                owner = "杭州市地铁集团有限责任公司";
                hours = AccessHours.weekly(1, 7, LocalTime.of(6, 0), LocalTime.of(23, 0));
            }
            case SCHOOL -> {
                building = village + (random.nextBoolean() ? "小学" : "初级中学");
                floor = "1F";
                location = random.nextBoolean() ? "体育馆入口" : "门卫室旁";
                owner = building;
                hours = AccessHours.weekly(1, 5, LocalTime.of(7, 0), LocalTime.of(17, 30));
            }
            case SPORTS_VENUE -> {
                building = shortName + (random.nextBoolean() ? "体育馆" : "全民健身中心");
                floor = "1F";
                location = "一楼大厅服务台旁";
                owner = "萧山区体育局";
                hours = AccessHours.weekly(1, 7, LocalTime.of(8, 0), LocalTime.of(21, 0));
            }
            case SHOPPING_MALL -> {
                building = shortName + new String[] {"银泰城", "万达广场", "商业中心", "印象城"}[random.nextInt(4)];
                floor = (1 + random.nextInt(4)) + "F";
                location = "中庭服务台旁";
                owner = building + "物业管理处";
                hours = AccessHours.weekly(1, 7, LocalTime.of(10, 0), LocalTime.of(22, 0));
            }
            case GOVERNMENT -> {
                building = town.name() + (town.name().endsWith("镇") ? "人民政府" : "办事处") + "办公大楼";
                floor = "1F";
                location = "一楼便民服务中心";
                owner = town.name();
                hours = random.nextInt(3) == 0
                        ? AccessHours.roundTheClock()
                        : AccessHours.weekly(1, 5, LocalTime.of(8, 30), LocalTime.of(17, 0));
            }
            case HEALTH_CENTRE -> {
                building = town.name() + "社区卫生服务中心";
                floor = "1F";
                location = "急诊/预检分诊台";
                owner = building;
                hours = AccessHours.roundTheClock();
            }
            default -> {
                building = village + (village.equals(shortName) ? "" : "村") + "党群服务中心";
                floor = "1F";
                location = ANYWHERE[random.nextInt(ANYWHERE.length)];
                owner = town.name();
                hours = random.nextInt(4) == 0
                        ? AccessHours.roundTheClock()
                        : AccessHours.weekly(1, 6, LocalTime.of(8, 30), LocalTime.of(17, 30));
            }
        }
        // about 1.5 km around the town's centre (σ ≈ 0.008° of latitude)
        double lat = town.lat() + random.nextDouble(-1, 1) * 0.012 + random.nextDouble(-1, 1) * 0.006;
        double lng = town.lng() + random.nextDouble(-1, 1) * 0.014 + random.nextDouble(-1, 1) * 0.007;
        LocalDate pad = random.nextInt(100) < 7
                ? today.minusDays(1 + random.nextInt(120))
                : today.plusDays(random.nextInt(3, 900));
        LocalDate battery = random.nextInt(100) < 2
                ? today.minusDays(1 + random.nextInt(200))
                : today.plusDays(random.nextInt(60, 1800));
        AedStatus status = random.nextInt(100) < 3 ? AedStatus.MAINTENANCE : AedStatus.IN_SERVICE;
        String phone = "0571-8" + (1_000_000 + random.nextInt(9_000_000));
        return new NewAed(
                town.code(),
                Math.round(lat * 1e6) / 1e6,
                Math.round(lng * 1e6) / 1e6,
                building,
                type,
                floor,
                location,
                hours,
                owner,
                phone,
                MODELS[random.nextInt(MODELS.length)],
                "XS-AED-%05d".formatted(n + 1),
                pad,
                battery,
                // most sites checked within the month, about a fifth overdue
                today.minusDays(random.nextInt(1, 40)),
                status);
    }

    private static int pick(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
