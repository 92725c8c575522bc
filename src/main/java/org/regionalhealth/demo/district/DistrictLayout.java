package org.regionalhealth.demo.district;

import java.util.List;
import java.util.Map;

/**
 * How the demo district is laid out over Xiaoshan's real towns. The medical communities follow geography (centre
 * and north, west, east, south); hospital names are illustrative, not a statement about the real 医共体 membership.
 */
final class DistrictLayout {

    private DistrictLayout() {}

    record MedicalCommunity(String code, String name, List<String> hospitals, List<String> towns) {}

    static final List<MedicalCommunity> MEDICAL_COMMUNITIES = List.of(
            new MedicalCommunity(
                    "MC01",
                    "萧山区第一人民医院医共体",
                    List.of("萧山区第一人民医院", "萧山区妇幼保健院"),
                    List.of(
                            "330109001",
                            "330109002",
                            "330109004",
                            "330109013",
                            "330109015",
                            "330109505",
                            "330109401",
                            "330109403",
                            "330109014")),
            new MedicalCommunity(
                    "MC02",
                    "萧山区中医院医共体",
                    List.of("萧山区中医院", "萧山区第五人民医院"),
                    List.of("330109003", "330109012", "330109106", "330109107", "330109108", "330109503")),
            new MedicalCommunity(
                    "MC03",
                    "萧山区第二人民医院医共体",
                    List.of("萧山区第二人民医院", "萧山区第四人民医院"),
                    List.of("330109005", "330109006", "330109113", "330109115", "330109120", "330109501")),
            new MedicalCommunity(
                    "MC04",
                    "萧山区第三人民医院医共体",
                    List.of("萧山区第三人民医院"),
                    List.of("330109105", "330109103", "330109104", "330109102", "330109101", "330109100")));

    /** Towns without a centre of their own are served by a neighbouring town's centre (25 centres, 27 towns). */
    static final Map<String, String> SERVED_BY = Map.of("330109403", "330109001", "330109503", "330109108");

    /** Relative population weight of each town (urban streets are larger than mountain towns). */
    static final Map<String, Integer> TOWN_WEIGHT = Map.ofEntries(
            Map.entry("330109001", 14),
            Map.entry("330109002", 12),
            Map.entry("330109003", 7),
            Map.entry("330109004", 7),
            Map.entry("330109005", 3),
            Map.entry("330109006", 4),
            Map.entry("330109012", 4),
            Map.entry("330109013", 10),
            Map.entry("330109014", 7),
            Map.entry("330109015", 6),
            Map.entry("330109100", 2),
            Map.entry("330109101", 2),
            Map.entry("330109102", 2),
            Map.entry("330109103", 2),
            Map.entry("330109104", 3),
            Map.entry("330109105", 5),
            Map.entry("330109106", 4),
            Map.entry("330109107", 4),
            Map.entry("330109108", 4),
            Map.entry("330109113", 9),
            Map.entry("330109115", 3),
            Map.entry("330109120", 3),
            Map.entry("330109401", 6),
            Map.entry("330109403", 2),
            Map.entry("330109501", 1),
            Map.entry("330109503", 1),
            Map.entry("330109505", 5));

    static final int STATIONS = 269;
    static final int SCHOOLS = 463;
    static final int AMBULANCE_STATIONS = 24;
    static final int CHILDCARE = 265;
    static final int PHARMACIES = 420;
    static final int NURSING_HOMES = 60;
}
