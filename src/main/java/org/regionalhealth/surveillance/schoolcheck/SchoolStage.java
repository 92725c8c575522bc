package org.regionalhealth.surveillance.schoolcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kind of school, and so the classes a school nurse can choose (issue 16 item 6): a kindergarten has 托班, 小班,
 * 中班 and 大班 (《幼儿园工作规程》 2016, 第十一条: 幼儿园一般为三年制, 可设托班), a primary school grades 1–6, a junior
 * middle school 7–9 (七至九年级), a senior middle school 高一 to 高三, any other school (九年一贯制 …) grades 1–12.
 * The stage follows the unit's registered name (幼儿园, 小学, 初级中学/初中, 高级中学/高中), as the education bureau
 * names schools.
 *
 * <p>Grades are stored as numbers: 1–12 for school grades, 21–24 for the kindergarten classes 托班 to 大班.
 */
public enum SchoolStage {
    KINDERGARTEN,
    PRIMARY,
    JUNIOR,
    SENIOR,
    OTHER;

    public static final int NURSERY = 21;
    public static final int SENIOR_KINDERGARTEN = 24;

    private static final Map<Integer, String> KINDERGARTEN_CLASSES = Map.of(21, "托班", 22, "小班", 23, "中班", 24, "大班");

    public static SchoolStage of(String schoolName) {
        if (schoolName == null) {
            return OTHER;
        }
        if (schoolName.contains("幼儿园") || schoolName.contains("幼教")) {
            return KINDERGARTEN;
        }
        if (schoolName.contains("九年一贯") || schoolName.contains("完全中学")) {
            return OTHER;
        }
        if (schoolName.contains("小学")) {
            return PRIMARY;
        }
        if (schoolName.contains("初级中学") || schoolName.contains("初中")) {
            return JUNIOR;
        }
        if (schoolName.contains("高级中学") || schoolName.contains("高中")) {
            return SENIOR;
        }
        return OTHER;
    }

    /** The classes to choose from, stored number → label, in school order. */
    public Map<Integer, String> grades() {
        var grades = new LinkedHashMap<Integer, String>();
        switch (this) {
            case KINDERGARTEN -> {
                for (int g = NURSERY; g <= SENIOR_KINDERGARTEN; g++) {
                    grades.put(g, KINDERGARTEN_CLASSES.get(g));
                }
            }
            case PRIMARY -> range(grades, 1, 6);
            case JUNIOR -> range(grades, 7, 9);
            case SENIOR -> range(grades, 10, 12);
            case OTHER -> range(grades, 1, 12);
        }
        return grades;
    }

    public boolean offers(int grade) {
        return grades().containsKey(grade);
    }

    /** Whether a stored grade is one of any school (1–12 or a kindergarten class). */
    public static boolean valid(int grade) {
        return (grade >= 1 && grade <= 12) || KINDERGARTEN_CLASSES.containsKey(grade);
    }

    /** 中班, 3年级, 高二. */
    public static String label(int grade) {
        if (KINDERGARTEN_CLASSES.containsKey(grade)) {
            return KINDERGARTEN_CLASSES.get(grade);
        }
        if (grade >= 10 && grade <= 12) {
            return new String[] {"高一", "高二", "高三"}[grade - 10];
        }
        return grade + "年级";
    }

    private static void range(Map<Integer, String> grades, int from, int to) {
        for (int g = from; g <= to; g++) {
            grades.put(g, label(g));
        }
    }

    /** For pages: all labels of the stored numbers (the table of entered classes). */
    public static Map<Integer, String> allLabels() {
        var all = new LinkedHashMap<Integer, String>();
        var list = new ArrayList<Integer>();
        for (int g = 1; g <= 12; g++) {
            list.add(g);
        }
        list.addAll(KINDERGARTEN_CLASSES.keySet());
        list.forEach(g -> all.put(g, label(g)));
        return all;
    }
}
