package org.regionalhealth.reviewcenter.posthoc;

import java.util.List;
import java.util.Optional;

/**
 * The categories of 《医院处方点评管理规范（试行）》(卫医管发〔2010〕28号) 第十六条: a prescription is 合理 (rational) or
 * 不合理, and an irrational one is 不规范处方 (第十七条, 15 items), 用药不适宜处方 (第十八条, 9 items) or 超常处方
 * (第十九条, 4 items). Item codes: {@code NS1…NS15}, {@code IA1…IA9}, {@code AB1…AB4}.
 */
public enum Grade {
    RATIONAL("合理处方", "Rational", List.of()),
    NON_STANDARD(
            "不规范处方",
            "Non-standard",
            List.of(
                    "处方的前记、正文、后记内容缺项，书写不规范或字迹难以辨认",
                    "医师签名、签章不规范或者与签名、签章的留样不一致",
                    "药师未对处方进行适宜性审核（无审核、调配、核对、发药药师签名，或单人值班调剂未执行双签名规定）",
                    "新生儿、婴幼儿处方未写明日、月龄",
                    "西药、中成药与中药饮片未分别开具处方",
                    "未使用药品规范名称开具处方",
                    "药品的剂量、规格、数量、单位等书写不规范或不清楚",
                    "用法、用量使用“遵医嘱”“自用”等含糊不清字句",
                    "处方修改未签名并注明修改日期，或药品超剂量使用未注明原因和再次签名",
                    "开具处方未写临床诊断或临床诊断书写不全",
                    "单张门急诊处方超过五种药品",
                    "无特殊情况下，门诊处方超过7日用量，急诊处方超过3日用量，慢性病、老年病或特殊情况下需要适当延长处方用量未注明理由",
                    "开具麻醉药品、精神药品、医疗用毒性药品、放射性药品等特殊管理药品处方未执行国家有关规定",
                    "医师未按照抗菌药物临床应用管理规定开具抗菌药物处方",
                    "中药饮片处方药物未按照“君、臣、佐、使”的顺序排列，或未按要求标注药物调剂、煎煮等特殊要求")),
    INAPPROPRIATE(
            "用药不适宜处方",
            "Inappropriate",
            List.of(
                    "适应证不适宜",
                    "遴选的药品不适宜",
                    "药品剂型或给药途径不适宜",
                    "无正当理由不首选国家基本药物",
                    "用法、用量不适宜",
                    "联合用药不适宜",
                    "重复给药",
                    "有配伍禁忌或者不良相互作用",
                    "其它用药不适宜情况")),
    ABNORMAL("超常处方", "Abnormal", List.of("无适应证用药", "无正当理由开具高价药", "无正当理由超说明书用药", "无正当理由为同一患者同时开具2种以上药理作用相同药物"));

    private final String labelZh;
    private final String labelEn;
    private final List<String> items;

    Grade(String labelZh, String labelEn, List<String> items) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.items = items;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The numbered sub-items of the article, in the article's order (item n has code prefix + n). */
    public List<String> items() {
        return items;
    }

    public String prefix() {
        return switch (this) {
            case RATIONAL -> "";
            case NON_STANDARD -> "NS";
            case INAPPROPRIATE -> "IA";
            case ABNORMAL -> "AB";
        };
    }

    /** The code of item {@code n} (1-based). */
    public String code(int n) {
        return prefix() + n;
    }

    /** The grade an item code belongs to, if the code is valid. */
    public static Optional<Grade> ofItem(String code) {
        for (Grade g : values()) {
            if (g == RATIONAL || code == null || !code.startsWith(g.prefix())) {
                continue;
            }
            try {
                int n = Integer.parseInt(code.substring(g.prefix().length()));
                if (n >= 1 && n <= g.items().size()) {
                    return Optional.of(g);
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The text of an item code, e.g. {@code NS8} → "用法、用量使用“遵医嘱”…". */
    public static String itemText(String code) {
        return ofItem(code)
                .map(g ->
                        g.items().get(Integer.parseInt(code.substring(g.prefix().length())) - 1))
                .orElse(code);
    }
}
