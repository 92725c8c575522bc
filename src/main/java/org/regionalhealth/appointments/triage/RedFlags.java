package org.regionalhealth.appointments.triage;

import java.util.List;

/**
 * The red-flag table (research Part 2 §2.3), in the order the triage checks it. Terms are what residents type; when in
 * doubt a term is in (a false alarm costs a call, a missed stroke costs a life), and negations ("没有胸痛") are not
 * read: the table errs towards 120. Version {@link #VERSION} is logged with every triage.
 */
public final class RedFlags {

    public static final String VERSION = "2026.12-1";

    private static final String CALL_120 = "立即拨打120，或由家人尽快送往最近的急诊；不要等待门诊预约。";

    public static final List<RedFlag> TABLE = List.of(
            new RedFlag(
                    "CHEST_PAIN_DANGER",
                    "胸痛伴出汗、气促或晕厥",
                    List.of(
                            List.of("胸痛", "胸口", "胸前", "心口", "心前区", "胸部", "胸骨后", "胸闷"),
                            List.of("痛", "疼", "压榨", "压迫", "紧缩", "闷", "撕裂"),
                            List.of(
                                    "冷汗", "大汗", "出汗", "虚汗", "气短", "气促", "喘不上气", "呼吸困难", "憋气", "晕厥", "晕倒", "昏", "面色苍白",
                                    "脸色苍白", "意识不清", "撕裂", "背")),
                    null,
                    null,
                    null,
                    CALL_120 + "保持安静休息，不要走动；医护人员到达后10分钟内做心电图。",
                    "《胸痛基层诊疗指南（实践版·2019）》：胸痛伴大汗、四肢湿冷、呼吸急促、晕厥或低血压为危险信号；急性胸痛急诊诊疗专家共识（2019）：撕裂样痛放射至背部"),
            new RedFlag(
                    "STROKE_SIGNS",
                    "中风征象（口角歪斜、一侧肢体无力、言语不清）",
                    List.of(List.of(
                            "口角歪斜", "嘴歪", "口眼歪斜", "嘴角歪", "嘴角下垂", "脸歪", "面瘫", "一侧肢体无力", "半身无力", "一侧手脚无力", "一边手脚无力",
                            "半边身子", "偏瘫", "一侧手臂无力", "胳膊抬不起", "言语不清", "说话不清", "口齿不清", "说不出话", "突然看不清", "突然看东西重影")),
                    null,
                    null,
                    null,
                    CALL_120 + "记下发病时间；让病人平躺、解开衣领，不要喂水、喂饭或给药。",
                    "“中风120”（中国卒中学会）：1看脸不对称、2查两臂一侧无力、0聆听言语不清，突然发生即拨打120；BE-FAST"),
            new RedFlag(
                    "SEVERE_BREATHING",
                    "严重呼吸困难",
                    List.of(List.of(
                            "喘不上气", "呼吸困难", "憋得说不出话", "喘不过气", "嘴唇发紫", "口唇发紫", "口唇青紫", "嘴唇发青", "吸气时胸口凹陷", "三凹征",
                            "喉咙肿得")),
                    null,
                    null,
                    null,
                    CALL_120 + "让病人坐起、保持呼吸道通畅。",
                    "WHO IMCI：胸凹陷、安静时喘鸣为重症；《胸痛基层诊疗指南（2019）》：呼吸急促或困难、血氧<90%为危险信号"),
            new RedFlag(
                    "HEAVY_BLEEDING",
                    "大出血",
                    List.of(List.of("大出血", "血流不止", "流血不止", "止不住血", "出血不止", "大量出血", "大口吐血", "呕血", "咯血", "大量便血", "吐血")),
                    null,
                    null,
                    null,
                    CALL_120 + "用干净的布用力按压出血处。",
                    "急诊预检分诊专家共识（2018）：活动性大出血属Ⅰ–Ⅱ级；平台分诊常规"),
            new RedFlag(
                    "CONVULSION",
                    "抽搐或意识不清",
                    List.of(List.of("抽搐", "惊厥", "抽风", "口吐白沫", "翻白眼", "昏迷", "叫不醒", "意识不清", "没有反应", "不省人事")),
                    null,
                    null,
                    null,
                    CALL_120 + "让病人侧卧，移开周围硬物，不要往嘴里塞东西。",
                    "WHO IMCI 一般危险征象：本次病程中惊厥、嗜睡或昏迷、正在惊厥"),
            new RedFlag(
                    "YOUNG_INFANT_FEVER",
                    "2月龄以下婴儿发热（≥37.5℃）",
                    List.of(),
                    2,
                    37.5,
                    null,
                    CALL_120 + "2个月以下婴儿发热可能是严重感染，须立即就医。",
                    "WHO IMCI 小婴儿（<2月龄）：腋温≥37.5℃或<35.5℃为严重细菌感染征象"),
            new RedFlag(
                    "YOUNG_INFANT_COLD",
                    "2月龄以下婴儿体温过低（<35.5℃）",
                    List.of(),
                    2,
                    null,
                    35.5,
                    CALL_120 + "注意保暖并立即就医。",
                    "WHO IMCI 小婴儿（<2月龄）：腋温≥37.5℃或<35.5℃为严重细菌感染征象"),
            new RedFlag(
                    "INFANT_HIGH_FEVER",
                    "3月龄以下婴儿高热（≥38℃）",
                    List.of(),
                    3,
                    38.0,
                    null,
                    CALL_120 + "3个月以下婴儿体温38℃及以上须立即到急诊。",
                    "NICE NG143（5岁以下儿童发热）：3月龄以下体温≥38℃为高危（红色）"),
            new RedFlag(
                    "SUICIDAL_INTENT",
                    "自杀或自伤念头",
                    List.of(List.of("自杀", "想死", "不想活", "轻生", "割腕", "跳楼", "寻死", "结束生命", "活着没意思", "伤害自己")),
                    null,
                    null,
                    null,
                    "如有立即危险，请马上拨打120或110；也可拨打全国心理援助热线12356（匿名），我们一直在。",
                    "国家卫生健康委：12356心理援助热线全国统一号码（2025年5月1日前全部开通）"));

    private RedFlags() {}
}
