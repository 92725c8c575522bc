package org.regionalhealth.familydoctor.chronic;

import java.util.List;

/**
 * 老年人生活自理能力评估表 of the annual check for residents 65 and older (国家基本公共卫生服务规范（第三版）, 2017,
 * 老年人健康管理服务规范 附件; research §2.3): five items scored by dependence, summed, then graded
 * 0–3 可自理, 4–8 轻度依赖, 9–18 中度依赖, ≥19 不能自理. Implementations disagree at 19 (“≥19” against “>19”); the
 * form says ≥19, so 19 is 不能自理.
 */
public final class SelfCareAssessment {

    /** The five items with the scores the form allows for each level (independent … fully dependent). */
    public enum Item {
        EATING("进餐", 0, 0, 3, 5),
        GROOMING("梳洗", 0, 1, 3, 7),
        DRESSING("穿衣", 0, 0, 3, 5),
        TOILETING("如厕", 0, 1, 5, 10),
        MOBILITY("活动", 0, 1, 5, 10);

        private final String labelZh;
        private final List<Integer> allowed;

        Item(String labelZh, int... scores) {
            this.labelZh = labelZh;
            this.allowed = java.util.Arrays.stream(scores).boxed().toList();
        }

        public String labelZh() {
            return labelZh;
        }

        public List<Integer> allowedScores() {
            return allowed;
        }
    }

    public enum Level {
        INDEPENDENT("可自理"),
        MILD_DEPENDENCE("轻度依赖"),
        MODERATE_DEPENDENCE("中度依赖"),
        DEPENDENT("不能自理");

        private final String labelZh;

        Level(String labelZh) {
            this.labelZh = labelZh;
        }

        public String labelZh() {
            return labelZh;
        }
    }

    /** The highest total the five items can reach. */
    public static final int MAX_TOTAL = 37;

    private SelfCareAssessment() {}

    public static Level level(int total) {
        if (total < 0 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("self-care total must be 0.." + MAX_TOTAL + ": " + total);
        }
        if (total <= 3) {
            return Level.INDEPENDENT;
        }
        if (total <= 8) {
            return Level.MILD_DEPENDENCE;
        }
        if (total <= 18) {
            return Level.MODERATE_DEPENDENCE;
        }
        return Level.DEPENDENT;
    }

    /** Sums item scores after checking each is one the form allows for that item. */
    public static int total(java.util.Map<Item, Integer> scores) {
        if (scores.size() != Item.values().length) {
            throw new IllegalArgumentException("all five items must be scored");
        }
        int sum = 0;
        for (var entry : scores.entrySet()) {
            if (!entry.getKey().allowedScores().contains(entry.getValue())) {
                throw new IllegalArgumentException(
                        entry.getKey().labelZh() + " score not on the form: " + entry.getValue());
            }
            sum += entry.getValue();
        }
        return sum;
    }
}
