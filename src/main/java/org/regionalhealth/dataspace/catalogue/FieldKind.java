package org.regionalhealth.dataspace.catalogue;

import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.privacy.FieldRole;
import org.regionalhealth.dataspace.privacy.Hierarchy;

/**
 * The fields the catalogue's datasets are made of, each with its part in re-identification, its generalisation
 * hierarchy and synthetic example values (for the catalogue's sample rows). Fields with a {@code source} column are
 * computed from the synthetic person-level source ({@code dataspace_subject}); a dataset made only of those can be
 * released. Health data are sensitive personal information (《个人信息保护法》第二十八条), hence {@link
 * FieldRole#SENSITIVE} for every clinical value. Labels: {@code enum.FieldKind.<NAME>}.
 */
public enum FieldKind {
    ID_NUMBER(FieldRole.DIRECT_IDENTIFIER, Hierarchy.NONE, "id_number", "330109196203041234"),
    NAME(FieldRole.DIRECT_IDENTIFIER, Hierarchy.NONE, "name", "王建国"),
    PHONE(FieldRole.DIRECT_IDENTIFIER, Hierarchy.NONE, "phone", "13805711234"),
    MEDICAL_RECORD_NO(FieldRole.DIRECT_IDENTIFIER, Hierarchy.NONE, null, "ZY2025031400123"),
    ADDRESS(
            FieldRole.QUASI_IDENTIFIER,
            Hierarchy.ADDRESS,
            "address",
            "城厢街道·人民路12号",
            "北干街道·金城路358号",
            "瓜沥镇·航民村3组",
            "新塘街道·涝湖村21号",
            "宁围街道·市心北路88号"),
    BIRTH_DATE(
            FieldRole.QUASI_IDENTIFIER, Hierarchy.BIRTH_DATE, "birth_date", "1962-03-04", "1958-11-20", "1971-06-15"),
    AGE(FieldRole.QUASI_IDENTIFIER, Hierarchy.AGE, "age", "47", "63", "71", "58", "35"),
    SEX(FieldRole.QUASI_IDENTIFIER, Hierarchy.SEX, "sex", "男", "女"),
    TOWN(FieldRole.QUASI_IDENTIFIER, Hierarchy.TOWN, "town", "城厢街道", "北干街道", "瓜沥镇", "义桥镇", "所前镇"),
    VISIT_DATE(FieldRole.QUASI_IDENTIFIER, Hierarchy.DATE, "visit_date", "2025-03-14", "2025-07-02", "2026-01-19"),
    ADMISSION_DATE(FieldRole.QUASI_IDENTIFIER, Hierarchy.DATE, null, "2025-05-06", "2025-09-21"),
    DIAGNOSIS(FieldRole.SENSITIVE, Hierarchy.NONE, "diagnosis", "高血压", "2型糖尿病", "高血压合并糖尿病"),
    SBP(FieldRole.SENSITIVE, Hierarchy.NONE, "sbp", "138", "152", "126"),
    DBP(FieldRole.SENSITIVE, Hierarchy.NONE, "dbp", "86", "92", "78"),
    FASTING_GLUCOSE(FieldRole.SENSITIVE, Hierarchy.NONE, "fasting_glucose", "6.8", "7.9", "5.6"),
    HBA1C(FieldRole.SENSITIVE, Hierarchy.NONE, "hba1c", "6.9", "7.6", "8.2"),
    BMI(FieldRole.SENSITIVE, Hierarchy.NONE, "bmi", "24.6", "27.1", "22.3"),
    ICD10(FieldRole.SENSITIVE, Hierarchy.NONE, null, "I10", "E11.9", "J18.9", "I63.9"),
    DEPARTMENT(FieldRole.OTHER, Hierarchy.NONE, null, "心血管内科", "内分泌科", "全科"),
    FACILITY(FieldRole.OTHER, Hierarchy.NONE, null, "区第一人民医院", "城厢社区卫生服务中心", "瓜沥镇卫生院"),
    DRUG(FieldRole.SENSITIVE, Hierarchy.NONE, null, "氨氯地平片", "二甲双胍片", "阿托伐他汀钙片"),
    LAB_ITEM(FieldRole.OTHER, Hierarchy.NONE, null, "糖化血红蛋白", "低密度脂蛋白胆固醇", "血肌酐"),
    LAB_RESULT(FieldRole.SENSITIVE, Hierarchy.NONE, null, "7.2%", "3.4 mmol/L", "88 μmol/L"),
    EXAM_FINDING(FieldRole.SENSITIVE, Hierarchy.NONE, null, "未见明显异常", "左肺下叶小结节", "颈动脉斑块形成"),
    VACCINE(FieldRole.OTHER, Hierarchy.NONE, null, "乙肝疫苗", "麻腮风疫苗", "流感疫苗"),
    DOSE_NUMBER(FieldRole.OTHER, Hierarchy.NONE, null, "第1剂", "第2剂", "加强剂"),
    GESTATIONAL_WEEKS(FieldRole.SENSITIVE, Hierarchy.NONE, null, "38", "39", "40"),
    BIRTH_WEIGHT(FieldRole.SENSITIVE, Hierarchy.NONE, null, "3250", "3480", "2980"),
    VISION(FieldRole.SENSITIVE, Hierarchy.NONE, null, "5.0", "4.8", "4.6"),
    REPORTED_DISEASE(FieldRole.SENSITIVE, Hierarchy.NONE, null, "流行性感冒", "手足口病", "其他感染性腹泻病"),
    CAUSE_OF_DEATH(FieldRole.SENSITIVE, Hierarchy.NONE, null, "脑血管病", "缺血性心脏病", "肺癌"),
    TUMOUR_SITE(FieldRole.SENSITIVE, Hierarchy.NONE, null, "肺", "结直肠", "甲状腺"),
    EVENT_TYPE(FieldRole.SENSITIVE, Hierarchy.NONE, null, "急性心肌梗死", "缺血性脑卒中", "出血性脑卒中"),
    RESPONSE_MINUTES(FieldRole.OTHER, Hierarchy.NONE, null, "11", "14", "9"),
    CONTRACT_STATUS(FieldRole.OTHER, Hierarchy.NONE, null, "已签约", "续约", "解约"),
    RISK_LEVEL(FieldRole.SENSITIVE, Hierarchy.NONE, null, "0级", "1级", "2级"),
    SCREEN_RESULT(FieldRole.SENSITIVE, Hierarchy.NONE, null, "阴性", "阳性", "待复查"),
    COST(FieldRole.OTHER, Hierarchy.NONE, null, "286.50", "1320.00", "58.20"),
    INSURANCE_TYPE(FieldRole.OTHER, Hierarchy.NONE, null, "职工医保", "城乡居民医保", "自费"),
    RESOURCE_COUNT(FieldRole.OTHER, Hierarchy.NONE, null, "120", "36", "8"),
    LITERACY_SCORE(FieldRole.SENSITIVE, Hierarchy.NONE, null, "72", "58", "81"),
    DEVICE_LOCATION(FieldRole.OTHER, Hierarchy.NONE, null, "萧山国际机场T3航站楼", "湘湖景区游客中心", "区体育中心");

    private final FieldRole role;
    private final Hierarchy hierarchy;
    private final @Nullable String source;
    private final String[] examples;

    FieldKind(FieldRole role, Hierarchy hierarchy, @Nullable String source, String... examples) {
        this.role = role;
        this.hierarchy = hierarchy;
        this.source = source;
        this.examples = examples;
    }

    public FieldRole role() {
        return role;
    }

    public Hierarchy hierarchy() {
        return hierarchy;
    }

    /** The column of the synthetic source this field is computed from, or null (catalogue-only field). */
    public @Nullable String source() {
        return source;
    }

    public String example(int i) {
        return examples[Math.floorMod(i, examples.length)];
    }

    public boolean direct() {
        return role == FieldRole.DIRECT_IDENTIFIER;
    }
}
