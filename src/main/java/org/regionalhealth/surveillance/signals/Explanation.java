package org.regionalhealth.surveillance.signals;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Why a signal fired, in Chinese: the grade and its reason, the contributing channels, and per trigger the unit, the
 * days, the count against the threshold (and baseline for detectors) and the rule's source. Holds no names: the
 * persons behind a trigger are shown apart, masked by the reader's rights.
 */
public final class Explanation {

    static final Map<String, String> CHANNELS = Map.of(
            "school", "学校晨午检/因病缺勤",
            "case_report", "传染病报告卡",
            "visits", "发热门诊/急诊症候群",
            "pharmacy", "药店药品销售",
            "lab", "实验室阳性",
            "nursing_home", "养老机构报告");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    private Explanation() {}

    public static String channelLabel(String channel) {
        return CHANNELS.getOrDefault(channel, channel);
    }

    public static String title(String townName, String syndrome, List<Trigger> triggers) {
        Trigger first = triggers.stream()
                .min(Comparator.comparing(Trigger::isRule).reversed().thenComparing(Trigger::day))
                .orElseThrow();
        return townName + " · " + Syndromes.label(syndrome) + " · " + first.unitLabel();
    }

    public static String text(String townName, String syndrome, Fusion.Graded graded, List<Trigger> triggers) {
        StringBuilder b = new StringBuilder();
        b.append(graded.grade().labelZh())
                .append("预警：")
                .append(townName)
                .append(" ")
                .append(Syndromes.label(syndrome))
                .append("。分级依据：")
                .append(graded.reason())
                .append("（多通道融合分级规则）。");
        TreeSet<String> channels = new TreeSet<>();
        triggers.forEach(t -> channels.add(channelLabel(t.channel())));
        b.append("参与通道：").append(String.join("、", channels)).append("。\n");
        int i = 1;
        for (Trigger t : triggers) {
            b.append(i++).append(". ");
            b.append("【").append(channelLabel(t.channel())).append("】");
            b.append(t.unitLabel())
                    .append(" ")
                    .append(Categories.label(t.category()))
                    .append("：");
            if (t.isRule()) {
                b.append(DAY.format(t.day()))
                        .append("达到规则「")
                        .append(t.ruleName())
                        .append("」，计数 ")
                        .append(fmt(t.count()))
                        .append(" 人，阈值 ≥")
                        .append(fmt(t.threshold()))
                        .append("；依据 ")
                        .append(t.source())
                        .append("。");
            } else {
                b.append(DAY.format(t.day()))
                        .append("观测 ")
                        .append(fmt(t.count()))
                        .append("，基线期望 ")
                        .append(t.baseline() == null ? "—" : fmt(t.baseline()))
                        .append("，上限 ")
                        .append(fmt(t.threshold()))
                        .append("（")
                        .append(t.ruleName())
                        .append(t.pvalue() == null ? "" : String.format(Locale.ROOT, "，p = %.4f", t.pvalue()))
                        .append("，")
                        .append("red".equals(t.tier()) ? "红色" : "黄色")
                        .append("）。");
            }
            b.append('\n');
        }
        return b.toString().trim();
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
