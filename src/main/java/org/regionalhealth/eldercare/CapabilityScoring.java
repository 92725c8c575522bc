package org.regionalhealth.eldercare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GB/T 42195-2022 scoring (pure): the total of the 26 items, the preliminary grade by score band and the adjustment
 * rules.
 *
 * <table>
 *   <caption>Preliminary grade by total (research §1.1, bands [O×3], grade names [V])</caption>
 *   <tr><th>Grade</th><th>Total</th></tr>
 *   <tr><td>0 能力完好</td><td>90</td></tr>
 *   <tr><td>1 轻度受损</td><td>66–89</td></tr>
 *   <tr><td>2 中度受损</td><td>46–65</td></tr>
 *   <tr><td>3 重度受损</td><td>30–45</td></tr>
 *   <tr><td>4 完全丧失</td><td>0–29</td></tr>
 * </table>
 *
 * <p>Adjustments: 昏迷 → grade 4 directly; a diagnosed dementia (F00–F03) or another mental disorder diagnosed by a
 * psychiatrist (F04–F99) → one grade worse; two or more care-risk events (跌倒, 噎食, 自杀/自伤, 走失, other) in the
 * last 30 days → one grade worse. Whether the two "one grade worse" rules add up is not confirmed: {@code stack}
 * decides (the platform's default, {@code rhp.eldercare.stack-adjustments=true}, applies each once).
 */
public final class CapabilityScoring {

    /** The sum of all item maxima. */
    public static final int MAX_TOTAL = 90;

    private CapabilityScoring() {}

    /** The scored result. */
    public record Result(
            int total,
            Map<AbilityDomain, Integer> domainTotals,
            CapabilityGrade preliminary,
            CapabilityGrade grade,
            List<String> adjustments) {}

    /** The adjustment facts besides the items. */
    public record Adjustments(boolean coma, boolean mentalDisorder, int careRiskEvents) {}

    /**
     * Why the scores are not a complete, valid assessment, by item name (empty when valid): every one of the 26 items
     * must be scored within 0..max.
     */
    public static Map<AbilityItem, String> problems(Map<AbilityItem, Integer> scores) {
        var problems = new LinkedHashMap<AbilityItem, String>();
        for (var item : AbilityItem.values()) {
            Integer score = scores.get(item);
            if (score == null) {
                problems.put(item, "未评分");
            } else if (score < 0 || score > item.max()) {
                problems.put(item, "应为 0 到 " + item.max() + " 分");
            }
        }
        return problems;
    }

    public static CapabilityGrade preliminary(int total) {
        if (total < 0 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("total outside 0..90: " + total);
        }
        if (total == 90) {
            return CapabilityGrade.INTACT;
        }
        if (total >= 66) {
            return CapabilityGrade.MILD;
        }
        if (total >= 46) {
            return CapabilityGrade.MODERATE;
        }
        if (total >= 30) {
            return CapabilityGrade.SEVERE;
        }
        return CapabilityGrade.TOTAL;
    }

    /**
     * Scores a complete assessment.
     *
     * @throws IllegalArgumentException when an item is missing or out of range ({@link #problems} says which)
     */
    public static Result score(Map<AbilityItem, Integer> scores, Adjustments adjustments, boolean stack) {
        var problems = problems(scores);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("incomplete or invalid items: " + problems.keySet());
        }
        var domains = new EnumMap<AbilityDomain, Integer>(AbilityDomain.class);
        int total = 0;
        for (var item : AbilityItem.values()) {
            int s = scores.get(item);
            total += s;
            domains.merge(item.domain(), s, Integer::sum);
        }
        var preliminary = preliminary(total);
        var grade = preliminary;
        var applied = new ArrayList<String>();
        if (adjustments.coma()) {
            grade = CapabilityGrade.TOTAL;
            applied.add("昏迷：直接评定为能力完全丧失");
        } else {
            boolean raised = false;
            if (adjustments.mentalDisorder()) {
                grade = grade.raised();
                raised = true;
                applied.add("确诊痴呆或精神科确诊的精神和行为障碍：提高一个等级");
            }
            if (adjustments.careRiskEvents() >= 2 && (stack || !raised)) {
                grade = grade.raised();
                applied.add("近30天发生2次及以上照护风险事件：提高一个等级");
            }
        }
        return new Result(total, domains, preliminary, grade, List.copyOf(applied));
    }
}
