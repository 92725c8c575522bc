package org.regionalhealth.dataspace.privacy;

/**
 * A generalisation hierarchy of a quasi-identifier (GB/T 37964-2019 泛化技术): level 0 is the stored value, each level
 * coarser, the last one hides the value ({@value #HIDDEN}). {@link #minimumRelease()} is the finest level that may
 * ever leave the data space, whatever k a smaller table would already meet: an age leaves as a 5-year band at best,
 * a birth date as a year, an address as its town, a visit date as a month.
 */
public enum Hierarchy {
    /** Not generalised (sensitive and other fields). */
    NONE(0, 0),
    /** Age in years: exact, 5-year band, 10-year band, 20-year band, hidden; 90 and above top-coded. */
    AGE(4, 1),
    /** Birth date {@code yyyy-MM-dd}: exact, year, 5-year span, 10-year span, hidden. */
    BIRTH_DATE(4, 1),
    /** Address {@code 城厢街道·人民路12号}: exact, town, district. */
    ADDRESS(2, 1),
    /** Town: the town, the district. */
    TOWN(1, 0),
    /** Sex: shown, hidden. */
    SEX(1, 0),
    /** A date of care {@code yyyy-MM-dd}: exact, month, year, hidden. */
    DATE(3, 1);

    /** The hidden value at a hierarchy's top. */
    public static final String HIDDEN = "*";

    /** The district, the top of the address and town hierarchies. */
    public static final String DISTRICT = "萧山区";

    private final int maxLevel;
    private final int minimumRelease;

    Hierarchy(int maxLevel, int minimumRelease) {
        this.maxLevel = maxLevel;
        this.minimumRelease = minimumRelease;
    }

    public int maxLevel() {
        return maxLevel;
    }

    public int minimumRelease() {
        return minimumRelease;
    }

    /** The value at a level (0 = unchanged); a level above the top is the top. */
    public String generalise(String value, int level) {
        if (level <= 0 || this == NONE || value == null || value.isEmpty()) {
            return value;
        }
        int l = Math.min(level, maxLevel);
        return switch (this) {
            case NONE -> value;
            case AGE -> age(Integer.parseInt(value), l);
            case BIRTH_DATE -> year(Integer.parseInt(value.substring(0, 4)), l);
            case ADDRESS -> {
                int dot = value.indexOf('·');
                yield l == 1 && dot > 0 ? value.substring(0, dot) : DISTRICT;
            }
            case TOWN -> DISTRICT;
            case SEX -> HIDDEN;
            case DATE ->
                switch (l) {
                    case 1 -> value.substring(0, 4) + "年" + value.substring(5, 7) + "月";
                    case 2 -> value.substring(0, 4) + "年";
                    default -> HIDDEN;
                };
        };
    }

    /** What a level means, in Chinese (release manifests, the contract page). */
    public String describe(int level) {
        String[] words =
                switch (this) {
                    case NONE -> new String[] {"原值"};
                    case AGE -> new String[] {"实足年龄", "5岁年龄段", "10岁年龄段", "20岁年龄段", "隐藏"};
                    case BIRTH_DATE -> new String[] {"出生日期", "出生年份", "5年区间", "10年区间", "隐藏"};
                    case ADDRESS -> new String[] {"详细地址", "镇街", "区"};
                    case TOWN -> new String[] {"镇街", "区"};
                    case SEX -> new String[] {"原值", "隐藏"};
                    case DATE -> new String[] {"日期", "年月", "年份", "隐藏"};
                };
        return words[Math.max(0, Math.min(level, words.length - 1))];
    }

    private static String age(int age, int level) {
        if (level >= 4) {
            return HIDDEN;
        }
        int width = level == 1 ? 5 : level == 2 ? 10 : 20;
        if (age >= 90 && level < 3) {
            return "90岁及以上";
        }
        if (age >= 80 && level == 3) {
            return "80岁及以上";
        }
        int low = age / width * width;
        return low + "–" + (low + width - 1) + "岁";
    }

    private static String year(int year, int level) {
        return switch (level) {
            case 1 -> year + "年";
            case 2 -> {
                int low = year / 5 * 5;
                yield low + "–" + (low + 4) + "年";
            }
            case 3 -> {
                int low = year / 10 * 10;
                yield low + "–" + (low + 9) + "年";
            }
            default -> HIDDEN;
        };
    }
}
