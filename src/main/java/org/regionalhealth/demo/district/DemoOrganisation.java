package org.regionalhealth.demo.district;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.NewUnit;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.StaffMember.AntimicrobialGrade;
import org.regionalhealth.org.UnitType;

/** Builds the demo district's units and staff over the real towns and villages. */
class DemoOrganisation {

    private final Organizations organizations;
    private final SplittableRandom random;
    private final Map<String, Division> towns = new LinkedHashMap<>();

    DemoOrganisation(Organizations organizations, SplittableRandom random) {
        this.organizations = organizations;
        this.random = random;
        organizations.towns().forEach(town -> towns.put(town.code(), town));
    }

    DemoDistrict build() {
        long root = organizations.root().id();
        long cdc = one(new NewUnit("330109-CDC", "萧山区疾病预防控制中心", UnitType.CDC, root, "330109001", 30.168, 120.262));
        long emergency = one(
                new NewUnit("330109-EMC", "萧山区急救中心", UnitType.EMERGENCY_CENTRE, root, "330109002", 30.186, 120.276));
        var mcIds = new ArrayList<Long>();
        var hospitalIds = new ArrayList<Long>();
        var mcByTown = new HashMap<String, Long>();
        var staff = new ArrayList<StaffMember>();
        for (var mc : DistrictLayout.MEDICAL_COMMUNITIES) {
            String seat = mc.towns().get(0);
            long mcId = one(at(mc.code(), mc.name(), UnitType.MEDICAL_COMMUNITY, root, seat));
            mcIds.add(mcId);
            mc.towns().forEach(town -> mcByTown.put(town, mcId));
            for (int h = 0; h < mc.hospitals().size(); h++) {
                long hospital = one(at(
                        mc.code() + "-H" + (h + 1),
                        mc.hospitals().get(h),
                        UnitType.HOSPITAL,
                        mcId,
                        mc.towns().get(Math.min(h, mc.towns().size() - 1))));
                hospitalIds.add(hospital);
                staff.addAll(hospitalStaff(hospital));
            }
        }
        var centreByTown = new LinkedHashMap<String, Long>();
        for (String town : towns.keySet()) {
            if (!DistrictLayout.SERVED_BY.containsKey(town)) {
                String name = towns.get(town).name().replace("街道", "").replace("镇", "") + "社区卫生服务中心";
                long centre = one(at("HC-" + town, name, UnitType.HEALTH_CENTRE, mcByTown.get(town), town));
                centreByTown.put(town, centre);
                staff.addAll(centreStaff(centre));
            }
        }
        DistrictLayout.SERVED_BY.forEach((town, servedBy) -> centreByTown.put(town, centreByTown.get(servedBy)));
        var stations = stations(centreByTown);
        stations.forEach(s -> staff.addAll(stationStaff(s.unitId())));
        var schools = spread(DistrictLayout.SCHOOLS, UnitType.SCHOOL, centreByTown, DemoOrganisation::schoolName);
        for (String town : towns.keySet()) {
            one(at(
                    "VC-" + town,
                    shortName(town) + "预防接种门诊",
                    UnitType.VACCINATION_CLINIC,
                    centreByTown.get(town),
                    town));
        }
        var ambulance = allocate(DistrictLayout.AMBULANCE_STATIONS);
        int a = 0;
        for (var entry : ambulance.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                a++;
                one(at(
                        "AS-" + a,
                        shortName(entry.getKey()) + "急救站" + (entry.getValue() > 1 ? "（" + (i + 1) + "）" : ""),
                        UnitType.AMBULANCE_STATION,
                        emergency,
                        entry.getKey()));
            }
        }
        spread(DistrictLayout.CHILDCARE, UnitType.CHILDCARE, centreByTown, (town, i) -> shortName(town) + "托育园" + i);
        spread(
                DistrictLayout.PHARMACIES,
                UnitType.PHARMACY,
                centreByTown,
                (town, i) -> shortName(town) + "大药房" + i + "店");
        spread(
                DistrictLayout.NURSING_HOMES,
                UnitType.NURSING_HOME,
                centreByTown,
                (town, i) -> shortName(town) + "颐养院" + i);
        organizations.registerStaff(staff);
        var villagesByTown = new LinkedHashMap<String, List<String>>();
        var managing = new HashMap<String, DemoDistrict.ManagingUnit>();
        stations.forEach(station -> station.villageCodes()
                .forEach(v -> managing.put(v, new DemoDistrict.ManagingUnit(station.unitId(), station.path()))));
        for (String town : towns.keySet()) {
            var centre = organizations.find(centreByTown.get(town)).orElseThrow();
            var villages =
                    organizations.villagesOf(town).stream().map(Division::code).toList();
            villagesByTown.put(town, villages);
            villages.forEach(v -> managing.putIfAbsent(v, new DemoDistrict.ManagingUnit(centre.id(), centre.path())));
        }
        return new DemoDistrict(
                root, cdc, mcIds, hospitalIds, centreByTown, stations, schools, villagesByTown, managing);
    }

    /** Allocates the stations over the centres in proportion to the villages each serves; each takes a run of them. */
    private List<DemoDistrict.StationArea> stations(Map<String, Long> centreByTown) {
        var villagesByTown = new LinkedHashMap<String, List<Division>>();
        towns.keySet().forEach(town -> villagesByTown.put(town, organizations.villagesOf(town)));
        int totalVillages =
                villagesByTown.values().stream().mapToInt(List::size).sum();
        var quota = largestRemainder(
                DistrictLayout.STATIONS,
                villagesByTown.entrySet().stream()
                        .collect(
                                LinkedHashMap<String, Double>::new,
                                (m, e) -> m.put(e.getKey(), e.getValue().size() / (double) totalVillages),
                                Map::putAll));
        var areas = new ArrayList<DemoDistrict.StationArea>();
        int n = 0;
        for (var entry : villagesByTown.entrySet()) {
            var villages = entry.getValue();
            int count = Math.max(1, Math.min(quota.get(entry.getKey()), villages.size()));
            for (int s = 0; s < count && n < DistrictLayout.STATIONS; s++) {
                int from = s * villages.size() / count;
                int to = (s + 1) * villages.size() / count;
                var served = villages.subList(from, to);
                var first = served.get(0);
                String name = first.name().endsWith("社区")
                        ? first.name() + "卫生服务站"
                        : first.name().replace("村民委员会", "村") + "卫生室";
                long id = one(at(
                        "ST-" + first.code(), name, UnitType.STATION, centreByTown.get(entry.getKey()), first.code()));
                areas.add(new DemoDistrict.StationArea(
                        id,
                        organizations.find(id).orElseThrow().path(),
                        entry.getKey(),
                        served.stream().map(Division::code).toList()));
                n++;
            }
        }
        if (areas.size() != DistrictLayout.STATIONS) {
            throw new IllegalStateException("expected " + DistrictLayout.STATIONS + " stations, built " + areas.size());
        }
        return areas;
    }

    private interface Namer {
        String name(String town, int index);
    }

    private List<Long> spread(int total, UnitType type, Map<String, Long> centreByTown, Namer namer) {
        var ids = new ArrayList<Long>();
        int serial = 0;
        for (var entry : allocate(total).entrySet()) {
            for (int i = 1; i <= entry.getValue(); i++) {
                serial++;
                ids.add(one(at(
                        type.name().substring(0, 3) + "-" + serial,
                        namer.name(entry.getKey(), i),
                        type,
                        centreByTown.get(entry.getKey()),
                        entry.getKey())));
            }
        }
        return ids;
    }

    private Map<String, Integer> allocate(int total) {
        int weights = DistrictLayout.TOWN_WEIGHT.values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        var shares = new LinkedHashMap<String, Double>();
        towns.keySet().forEach(town -> shares.put(town, DistrictLayout.TOWN_WEIGHT.get(town) / (double) weights));
        return largestRemainder(total, shares);
    }

    /** Hamilton's method: integer counts summing exactly to {@code total}. */
    static Map<String, Integer> largestRemainder(int total, Map<String, Double> shares) {
        var counts = new LinkedHashMap<String, Integer>();
        var remainders = new ArrayList<Map.Entry<String, Double>>();
        int assigned = 0;
        for (var entry : shares.entrySet()) {
            double exact = entry.getValue() * total;
            int floor = (int) Math.floor(exact);
            counts.put(entry.getKey(), floor);
            assigned += floor;
            remainders.add(Map.entry(entry.getKey(), exact - floor));
        }
        remainders.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
        for (int i = 0; i < total - assigned; i++) {
            counts.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return counts;
    }

    private static String schoolName(String town, int index) {
        String[] kinds = {"幼儿园", "小学", "幼儿园", "小学", "初级中学", "幼儿园", "小学", "高级中学"};
        String kind = kinds[(index - 1) % kinds.length];
        return "萧山区" + TownNames.SHORT.getOrDefault(town, town) + "第" + TownNames.ordinal(index) + kind;
    }

    private String shortName(String town) {
        return TownNames.SHORT.getOrDefault(town, towns.get(town).name());
    }

    private NewUnit at(String code, String name, UnitType type, long parent, String divisionCode) {
        var town = towns.get(divisionCode.substring(0, 9));
        double lat = (town.lat() == null ? 30.16 : town.lat()) + (random.nextDouble() - 0.5) * 0.02;
        double lng = (town.lng() == null ? 120.26 : town.lng()) + (random.nextDouble() - 0.5) * 0.02;
        return new NewUnit(code, name, type, parent, divisionCode, lat, lng);
    }

    private long one(NewUnit unit) {
        return organizations.register(List.of(unit)).get(0);
    }

    private List<StaffMember> hospitalStaff(long unit) {
        var staff = new ArrayList<StaffMember>();
        String[] titles = {"主任医师", "副主任医师", "主治医师", "主治医师", "住院医师", "住院医师"};
        for (int i = 0; i < 12; i++) {
            String title = titles[i % titles.length];
            boolean senior = title.contains("主任");
            // 《抗菌药物临床应用管理办法》第二十四条: 高级职称 → 特殊使用级, 中级 → 限制使用级, 初级 → 非限制使用级
            var grade = senior
                    ? AntimicrobialGrade.SPECIAL
                    : title.equals("主治医师") ? AntimicrobialGrade.RESTRICTED : AntimicrobialGrade.UNRESTRICTED;
            staff.add(new StaffMember(0, unit, person(), title, true, senior, grade, false, null));
        }
        String[] skills = {"ANTIMICROBIALS,PAEDIATRICS", "TCM", "ONCOLOGY,ANTIMICROBIALS", "GENERAL"};
        for (int i = 0; i < 4; i++) {
            staff.add(
                    new StaffMember(0, unit, person(), i == 0 ? "主任药师" : "主管药师", false, false, null, true, skills[i]));
        }
        return staff;
    }

    private List<StaffMember> centreStaff(long unit) {
        var staff = new ArrayList<StaffMember>();
        for (int i = 0; i < 6; i++) {
            var grade = i == 0 ? AntimicrobialGrade.RESTRICTED : AntimicrobialGrade.UNRESTRICTED;
            staff.add(new StaffMember(0, unit, person(), i == 0 ? "副主任医师" : "全科医师", true, i == 0, grade, false, null));
        }
        staff.add(new StaffMember(0, unit, person(), "药师", false, false, null, true, "GENERAL"));
        return staff;
    }

    private List<StaffMember> stationStaff(long unit) {
        // 乡村医生: prescribing right for the basic list, non-restricted antimicrobials only, no narcotic right
        return List.of(
                new StaffMember(0, unit, person(), "乡村医生", true, false, AntimicrobialGrade.UNRESTRICTED, false, null),
                new StaffMember(0, unit, person(), "乡村医生", true, false, AntimicrobialGrade.UNRESTRICTED, false, null));
    }

    private String person() {
        boolean male = random.nextBoolean();
        return ChineseNameGenerator.name(random, male, 1965 + random.nextInt(30));
    }
}
