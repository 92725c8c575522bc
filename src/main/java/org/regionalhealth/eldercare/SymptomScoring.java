package org.regionalhealth.eldercare;

import java.util.EnumMap;
import java.util.Map;

/**
 * ESAS-r symptom scores (see {@link SymptomItem}): every item 0..10, the total symptom distress score 0..90 (sum of
 * the nine), and each item's band by the cut-offs commonly used with ESAS and the 0–10 numeric rating scale: 0 none,
 * 1–3 mild, 4–6 moderate, 7–10 severe (Selby D et al., J Pain Symptom Manage 2010;39(2):241–249; the same bands as the
 * NRS pain bands of the Chinese cancer-pain practice, research §1.4). Pure.
 */
public final class SymptomScoring {

    /** The instrument's name as stored with each score. */
    public static final String INSTRUMENT = "ESAS-r";

    /** The source shown under the form. */
    public static final String SOURCE = "埃德蒙顿症状评估量表修订版（ESAS-r）：Watanabe SM 等，J Pain Symptom Manage 2011;41(2):456–468；"
            + "分级 0 无、1–3 轻度、4–6 中度、7–10 重度：Selby D 等，J Pain Symptom Manage 2010;39(2):241–249";

    public static final int MAX = 10;

    private SymptomScoring() {}

    public static SymptomBand band(int score) {
        if (score < 0 || score > MAX) {
            throw new IllegalArgumentException("ESAS-r item score out of 0..10: " + score);
        }
        return score == 0
                ? SymptomBand.NONE
                : score <= 3 ? SymptomBand.MILD : score <= 6 ? SymptomBand.MODERATE : SymptomBand.SEVERE;
    }

    /** Missing or out-of-range items, each with its problem in Chinese. */
    public static Map<SymptomItem, String> problems(Map<SymptomItem, Integer> scores) {
        var problems = new EnumMap<SymptomItem, String>(SymptomItem.class);
        for (var item : SymptomItem.values()) {
            Integer v = scores.get(item);
            if (v == null) {
                problems.put(item, "请评分（0–10）");
            } else if (v < 0 || v > MAX) {
                problems.put(item, "评分应在 0 到 10 之间");
            }
        }
        return problems;
    }

    /** The total symptom distress score (0..90) of a complete, valid set of scores. */
    public static int total(Map<SymptomItem, Integer> scores) {
        if (!problems(scores).isEmpty()) {
            throw new IllegalArgumentException("incomplete ESAS-r scores");
        }
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }
}
