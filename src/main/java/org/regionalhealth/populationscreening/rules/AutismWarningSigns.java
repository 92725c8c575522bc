package org.regionalhealth.populationscreening.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 初筛 instrument of 《0～6岁儿童孤独症筛查干预服务规范（试行）》 (国卫办妇幼发〔2022〕12号): 《儿童心理行为发育问题预警征象筛查表》,
 * used at the 11 screening ages of the 0–6 health checks (3, 6, 8, 12, 18, 24, 30 and 36 months; 4, 5 and 6 years).
 * Scoring: <b>any one warning sign for the child's age is a positive screen</b> (possible developmental deviation) →
 * referral to 复筛 and diagnosis. The signs are the table's Chinese text, kept as data with their evidence: rows
 * 12 months to 4 years and the first three of 5 years are reproduced by public implementations of the form
 * ({@code confirmed}); the 3, 6, 8 months and 6 years rows and the fourth of 5 years are from memory and marked
 * unconfirmed (research notes §2.2, §8 item 3).
 */
public final class AutismWarningSigns {

    /** A screening age: {@code M18}, {@code Y4}; the child is at it from that age until the next one. */
    public record Point(String code, int months, boolean confirmed, List<Sign> signs) {}

    /** One warning sign: {@code M18_2}. */
    public record Sign(String code, String text) {}

    public static final List<Point> POINTS = List.of(
            point("M3", 3, false, "对很大声音没有反应", "逗引时不发音或不会微笑", "不注视人脸，不追视移动人或物品", "俯卧时不会抬头"),
            point("M6", 6, false, "发音少，不会笑出声", "不会伸手抓物", "紧握拳松不开", "不能扶坐"),
            point("M8", 8, false, "听到声音无应答", "不会区分生人和熟人", "双手间不会传递玩具", "不会独坐"),
            point("M12", 12, true, "呼唤名字无反应", "不会模仿“再见”或“欢迎”动作", "不会用拇食指对捏小物品", "不会扶物站立"),
            point("M18", 18, true, "不会有意识叫“爸爸”或“妈妈”", "不会按要求指人或物", "与人无目光交流", "不会独走"),
            point("M24", 24, true, "不会说3个物品的名称", "不会按吩咐做简单事情", "不会用勺吃饭", "不会扶栏上楼梯/台阶"),
            point("M30", 30, true, "兴趣单一、刻板", "不会说2～3个字的短语", "不会示意大小便", "不会跑"),
            point("M36", 36, true, "不会双脚跳", "不会模仿画圆", "不会说自己的名字", "不会玩“拿棍当马骑”等假想游戏"),
            point("Y4", 48, true, "不会说带形容词的句子", "不能按要求等待或轮流", "不会独立穿衣", "不会单脚站立"),
            point("Y5", 60, false, "不能简单叙说事情经过", "不知道自己的性别", "不会用筷子吃饭", "不会单脚跳"),
            point("Y6", 72, false, "不会表达自己的感受或想法", "不会玩角色扮演的集体游戏", "不会画方形", "不会奔跑"));

    /** The screening ages end with the seventh birthday (the 6-year check is the last). */
    public static final int LAST_MONTH_EXCLUSIVE = 84;

    private AutismWarningSigns() {}

    private static Point point(String code, int months, boolean confirmed, String... texts) {
        var signs = new ArrayList<Sign>();
        for (int i = 0; i < texts.length; i++) {
            signs.add(new Sign(code + "_" + (i + 1), texts[i]));
        }
        return new Point(code, months, confirmed, List.copyOf(signs));
    }

    public static Optional<Point> point(String code) {
        return POINTS.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Age in completed months on the day. */
    public static int months(LocalDate birthDate, LocalDate day) {
        return (int) Period.between(birthDate, day).toTotalMonths();
    }

    /** The screening age the child is at on the day: the last one reached, none before 3 months or from 7 years. */
    public static Optional<Point> pointAt(LocalDate birthDate, LocalDate day) {
        int months = months(birthDate, day);
        if (months >= LAST_MONTH_EXCLUSIVE) {
            return Optional.empty();
        }
        Point at = null;
        for (var p : POINTS) {
            if (p.months() <= months) {
                at = p;
            }
        }
        return Optional.ofNullable(at);
    }

    /** Any one sign of the point → positive. Signs of another age are refused by the caller ({@link #unknown}). */
    public static Evaluation evaluate(Point point, Set<String> signs) {
        boolean positive = point.signs().stream().anyMatch(s -> signs.contains(s.code()));
        return new Evaluation(positive, positive ? List.of("WARNING_SIGN") : List.of());
    }

    /** Codes that are not signs of the point. */
    public static List<String> unknown(Point point, Set<String> signs) {
        var known = point.signs().stream().map(Sign::code).toList();
        return signs.stream().filter(s -> !known.contains(s)).sorted().toList();
    }

    /** Birth dates of children at some screening age on the day: from 7 years minus a day to 3 months. */
    public static LocalDate bornFrom(LocalDate day) {
        return day.minusMonths(LAST_MONTH_EXCLUSIVE).plusDays(1);
    }

    public static LocalDate bornTo(LocalDate day) {
        return day.minusMonths(3);
    }
}
