package org.regionalhealth.appointments.triage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers a resident types in Chinese: temperature ("38度5", "38.5℃", "发烧39"), duration ("两天", "3天",
 * "一周", "半个月"), age ("3个月大", "5岁", "出生20天") and whether the patient is a child (孩子, 宝宝 …).
 */
final class TextReading {

    private static final String NUMBER = "(\\d+|[一二两三四五六七八九十]+|半)";
    private static final Pattern TEMPERATURE = Pattern.compile("(3[4-9]|4[0-3])(?:[.．点](\\d))?\\s*(?:度|℃|°C?)(\\d)?");
    private static final Pattern FEVER_NUMBER = Pattern.compile("(?:发烧|发热|体温)\\s*(3[4-9]|4[0-3])(?:[.．](\\d))?");
    private static final Pattern AGE_YEARS = Pattern.compile(NUMBER + "\\s*(?:周岁|岁)");
    private static final Pattern AGE_MONTHS = Pattern.compile(NUMBER + "\\s*个?月(?:大|龄|的宝宝|的孩子|的婴儿|宝宝)");
    private static final Pattern AGE_DAYS = Pattern.compile("(?:出生)\\s*" + NUMBER + "\\s*天|" + NUMBER + "\\s*天大");
    private static final Pattern DURATION = Pattern.compile(NUMBER + "\\s*(个?小时|天|日|周|星期|个?礼拜|个月)(?!大)");
    private static final List<String> CHILD_WORDS =
            List.of("孩子", "宝宝", "小孩", "儿子", "女儿", "婴儿", "幼儿", "小朋友", "娃", "新生儿", "宝贝");

    private TextReading() {}

    static Optional<Double> temperature(String text) {
        Matcher m = TEMPERATURE.matcher(text);
        if (m.find()) {
            int whole = Integer.parseInt(m.group(1));
            String tenth = m.group(2) != null ? m.group(2) : m.group(3);
            return Optional.of(whole + (tenth == null ? 0 : Integer.parseInt(tenth) / 10.0));
        }
        Matcher f = FEVER_NUMBER.matcher(text);
        if (f.find()) {
            int whole = Integer.parseInt(f.group(1));
            return Optional.of(whole + (f.group(2) == null ? 0 : Integer.parseInt(f.group(2)) / 10.0));
        }
        return Optional.empty();
    }

    static Optional<Integer> ageMonths(String text) {
        Matcher days = AGE_DAYS.matcher(text);
        if (days.find()) {
            return Optional.of(0);
        }
        Matcher months = AGE_MONTHS.matcher(text);
        if (months.find()) {
            return Optional.of((int) number(months.group(1)));
        }
        Matcher years = AGE_YEARS.matcher(text);
        if (years.find()) {
            return Optional.of((int) Math.round(number(years.group(1)) * 12));
        }
        return Optional.empty();
    }

    static Optional<Integer> durationDays(String text) {
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            double n = number(m.group(1));
            String unit = m.group(2);
            double days =
                    switch (unit.replace("个", "")) {
                        case "小时" -> n / 24;
                        case "周", "星期", "礼拜" -> n * 7;
                        case "月" -> n * 30;
                        default -> n;
                    };
            return Optional.of((int) Math.floor(days));
        }
        return Optional.empty();
    }

    static boolean mentionsChild(String text) {
        return CHILD_WORDS.stream().anyMatch(text::contains);
    }

    static double number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.equals("半")) {
            return 0.5;
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            if (c == '两') {
                current = 2;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                current = digits.indexOf(c);
            }
        }
        return value + current;
    }
}
