package org.regionalhealth.appointments.triage;

import java.util.List;

/**
 * Which department a complaint goes to: the district's outpatient guidance (导诊常规), departments named by
 * 《医疗机构诊疗科目名录》. Organ-specific rules first; then children (under 14) to 儿科; then the adult rule with the
 * most matching terms (ties: the first in the table); else 全科医疗科, which a community health centre offers.
 */
public final class DepartmentRules {

    static final String GUIDANCE = "平台导诊常规（医共体医务科审定前的初版）；科室名称依《医疗机构诊疗科目名录》";

    /** Children under 14 years go to 儿科 (《医疗机构诊疗科目名录》 07 儿科; 综合医院儿科收治14岁以下). */
    public static final int CHILD_BELOW_MONTHS = 14 * 12;

    public static final List<DepartmentRule> TABLE = List.of(
            new DepartmentRule("12", List.of("牙", "智齿", "口腔溃疡", "嘴里溃疡"), true, "牙齿和口腔的问题看口腔科", GUIDANCE),
            new DepartmentRule("10", List.of("眼睛", "眼红", "眼痛", "视力", "眼屎", "流泪", "麦粒肿"), true, "眼部不适看眼科", GUIDANCE),
            new DepartmentRule(
                    "11", List.of("耳朵", "耳鸣", "听力", "鼻塞", "流鼻血", "鼻窦", "扁桃体", "打鼾"), true, "耳、鼻、咽喉的问题看耳鼻咽喉科", GUIDANCE),
            new DepartmentRule(
                    "13", List.of("皮疹", "湿疹", "瘙痒", "痒", "荨麻疹", "痘", "脱发", "皮肤"), true, "皮肤的问题看皮肤科", GUIDANCE),
            new DepartmentRule(
                    "05", List.of("月经", "怀孕", "孕", "白带", "阴道", "痛经", "产后", "乳房"), false, "月经、妊娠和妇科的问题看妇产科", GUIDANCE),
            new DepartmentRule(
                    "15", List.of("失眠", "焦虑", "抑郁", "情绪低落", "心情不好", "幻听", "紧张"), false, "睡眠和情绪的问题看精神（心理）科", GUIDANCE),
            new DepartmentRule(
                    "03.04",
                    List.of("心慌", "心悸", "胸闷", "血压高", "高血压", "心跳快", "心跳"),
                    false,
                    "心慌、胸闷、血压的问题看心血管内科",
                    GUIDANCE),
            new DepartmentRule("03.07", List.of("血糖", "糖尿病", "甲状腺", "多饮多尿", "口渴"), false, "血糖、甲状腺的问题看内分泌科", GUIDANCE),
            new DepartmentRule("03.03", List.of("头晕", "头痛", "头疼", "眩晕", "手麻", "记忆力"), false, "头晕、头痛看神经内科", GUIDANCE),
            new DepartmentRule(
                    "03.02",
                    List.of("腹痛", "肚子疼", "肚子痛", "胃痛", "胃疼", "腹泻", "拉肚子", "呕吐", "恶心", "反酸", "便秘", "胃"),
                    false,
                    "腹痛、腹泻、胃部不适看消化内科",
                    GUIDANCE),
            new DepartmentRule("04.04", List.of("尿频", "尿急", "尿痛", "血尿", "结石", "前列腺"), false, "排尿的问题看泌尿外科", GUIDANCE),
            new DepartmentRule(
                    "04.03",
                    List.of("骨折", "扭伤", "腰痛", "腰疼", "颈椎", "关节", "膝盖", "崴脚", "骨头"),
                    false,
                    "骨、关节和扭伤看骨科",
                    GUIDANCE),
            new DepartmentRule(
                    "04.01", List.of("伤口", "割伤", "烫伤", "包块", "肿块", "外伤", "摔伤"), false, "伤口和体表肿块看普通外科", GUIDANCE),
            new DepartmentRule(
                    "03.01",
                    List.of("咳嗽", "咳痰", "发烧", "发热", "喉咙痛", "咽痛", "嗓子疼", "感冒", "流涕", "流鼻涕", "气喘"),
                    false,
                    "发热、咳嗽等呼吸道症状看呼吸内科",
                    GUIDANCE));

    private DepartmentRules() {}
}
