package org.regionalhealth.demo.district;

import java.util.Map;

/** Short forms of the town names as local institutions use them (城厢街道 → 城厢). */
final class TownNames {

    private TownNames() {}

    static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("330109001", "城厢"),
            Map.entry("330109002", "北干"),
            Map.entry("330109003", "蜀山"),
            Map.entry("330109004", "新塘"),
            Map.entry("330109005", "靖江"),
            Map.entry("330109006", "南阳"),
            Map.entry("330109012", "闻堰"),
            Map.entry("330109013", "宁围"),
            Map.entry("330109014", "新街"),
            Map.entry("330109015", "盈丰"),
            Map.entry("330109100", "楼塔"),
            Map.entry("330109101", "河上"),
            Map.entry("330109102", "戴村"),
            Map.entry("330109103", "浦阳"),
            Map.entry("330109104", "进化"),
            Map.entry("330109105", "临浦"),
            Map.entry("330109106", "义桥"),
            Map.entry("330109107", "所前"),
            Map.entry("330109108", "衙前"),
            Map.entry("330109113", "瓜沥"),
            Map.entry("330109115", "益农"),
            Map.entry("330109120", "党湾"),
            Map.entry("330109401", "开发区"),
            Map.entry("330109403", "商业城"),
            Map.entry("330109501", "围垦"),
            Map.entry("330109503", "红山"),
            Map.entry("330109505", "钱江世纪城"));

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99). */
    static String ordinal(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
