package org.regionalhealth.dataspace.demo;

import static org.regionalhealth.dataspace.catalogue.FieldKind.*;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.dataspace.catalogue.Classification;
import org.regionalhealth.dataspace.catalogue.Cohort;
import org.regionalhealth.dataspace.catalogue.DataCategory;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.dataspace.catalogue.FieldKind;
import org.regionalhealth.dataspace.catalogue.NewDataset;
import org.regionalhealth.dataspace.catalogue.UpdateFrequency;

/**
 * The demo catalogue: 28 datasets and 83 data products, the counts the district's 2025 report gives for its trusted
 * data space (28 high-quality datasets, 83 registered products). Names, owners and figures are plausible demo
 * entries, not the district's real list. The first four datasets have rows behind them (the synthetic source); the
 * others are catalogue entries only.
 */
final class DemoCatalogue {

    private DemoCatalogue() {}

    private record Entry(
            String name,
            String shortName,
            String owner,
            String description,
            DataCategory category,
            Classification level,
            UpdateFrequency frequency,
            Cohort cohort,
            double quality,
            List<FieldKind> fields) {}

    private static final String HEALTH = "区卫生健康局";
    private static final String CDC = "区疾病预防控制中心";
    private static final String FIRST = "区第一人民医院";
    private static final String TCM = "区中医院";
    private static final String MCH = "区妇幼保健院";
    private static final String EMERGENCY = "区急救中心";
    private static final String INSURANCE = "区医疗保障分局";
    private static final String EDUCATION = "区教育局";
    private static final String INFO = "区卫生健康信息中心";

    private static List<Entry> entries() {
        var e = new ArrayList<Entry>();
        e.add(new Entry(
                "居民电子健康档案基本信息",
                "健康档案",
                INFO,
                "全区常住居民健康档案的人口学信息，按镇街汇总或去标识化后提供。",
                DataCategory.PERSONAL_ATTRIBUTES,
                Classification.LEVEL_4,
                UpdateFrequency.DAILY,
                Cohort.ALL,
                93.5,
                List.of(ID_NUMBER, NAME, PHONE, ADDRESS, BIRTH_DATE, SEX, TOWN)));
        e.add(new Entry(
                "高血压患者随访管理",
                "高血压随访",
                HEALTH,
                "基层医疗卫生机构高血压患者规范管理随访记录：血压、体质指数及随访日期。",
                DataCategory.HEALTH_STATUS,
                Classification.LEVEL_4,
                UpdateFrequency.DAILY,
                Cohort.HYPERTENSION,
                91.2,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, VISIT_DATE, DIAGNOSIS, SBP, DBP, BMI)));
        e.add(new Entry(
                "2型糖尿病患者随访管理",
                "糖尿病随访",
                HEALTH,
                "基层2型糖尿病患者随访记录：空腹血糖、糖化血红蛋白、体质指数。",
                DataCategory.HEALTH_STATUS,
                Classification.LEVEL_4,
                UpdateFrequency.DAILY,
                Cohort.DIABETES,
                89.7,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, VISIT_DATE, DIAGNOSIS, FASTING_GLUCOSE, HBA1C, BMI)));
        e.add(new Entry(
                "65岁及以上老年人健康体检",
                "老年人体检",
                HEALTH,
                "国家基本公共卫生服务老年人年度健康体检结果。",
                DataCategory.HEALTH_STATUS,
                Classification.LEVEL_4,
                UpdateFrequency.MONTHLY,
                Cohort.AGED_65,
                90.4,
                List.of(ID_NUMBER, NAME, PHONE, ADDRESS, AGE, SEX, VISIT_DATE, SBP, DBP, FASTING_GLUCOSE, BMI)));
        e.add(catalogueOnly(
                "门诊诊疗记录",
                "门诊诊疗",
                FIRST,
                "医共体各成员单位门诊就诊记录与诊断。",
                DataCategory.MEDICAL_CARE,
                Classification.LEVEL_4,
                UpdateFrequency.DAILY,
                88.1,
                List.of(ID_NUMBER, NAME, AGE, SEX, VISIT_DATE, FACILITY, DEPARTMENT, ICD10)));
        e.add(catalogueOnly(
                "住院病案首页",
                "病案首页",
                FIRST,
                "住院病案首页：主要诊断、入院日期、费用。",
                DataCategory.MEDICAL_CARE,
                Classification.LEVEL_4,
                UpdateFrequency.MONTHLY,
                92.6,
                List.of(MEDICAL_RECORD_NO, NAME, AGE, SEX, ADMISSION_DATE, ICD10, DEPARTMENT, COST)));
        e.add(catalogueOnly(
                "处方与用药明细",
                "处方用药",
                HEALTH,
                "门诊处方药品明细（经前置审方后）。",
                DataCategory.MEDICAL_CARE,
                Classification.LEVEL_4,
                UpdateFrequency.DAILY,
                90.9,
                List.of(ID_NUMBER, AGE, SEX, VISIT_DATE, FACILITY, DRUG, ICD10)));
        e.add(catalogueOnly(
                "检验结果",
                "检验结果",
                FIRST,
                "区域检验中心的检验项目与结果。",
                DataCategory.MEDICAL_CARE,
                Classification.LEVEL_4,
                UpdateFrequency.DAILY,
                87.3,
                List.of(ID_NUMBER, AGE, SEX, VISIT_DATE, LAB_ITEM, LAB_RESULT)));
        e.add(catalogueOnly(
                "医学影像检查报告",
                "影像报告",
                FIRST,
                "区域影像中心检查结论（不含影像原图）。",
                DataCategory.MEDICAL_CARE,
                Classification.LEVEL_4,
                UpdateFrequency.DAILY,
                85.8,
                List.of(ID_NUMBER, AGE, SEX, VISIT_DATE, EXAM_FINDING)));
        e.add(catalogueOnly(
                "预防接种记录",
                "预防接种",
                CDC,
                "免疫规划与非免疫规划疫苗接种记录。",
                DataCategory.PUBLIC_HEALTH,
                Classification.LEVEL_3,
                UpdateFrequency.DAILY,
                96.2,
                List.of(ID_NUMBER, NAME, BIRTH_DATE, SEX, TOWN, VACCINE, DOSE_NUMBER, VISIT_DATE)));
        e.add(catalogueOnly(
                "孕产妇保健",
                "孕产妇保健",
                MCH,
                "孕产妇建册、产检与分娩结局。",
                DataCategory.HEALTH_STATUS,
                Classification.LEVEL_5,
                UpdateFrequency.MONTHLY,
                90.0,
                List.of(ID_NUMBER, NAME, AGE, TOWN, GESTATIONAL_WEEKS, BIRTH_WEIGHT)));
        e.add(catalogueOnly(
                "0–6岁儿童健康管理",
                "儿童保健",
                MCH,
                "儿童健康检查、生长发育评价。",
                DataCategory.HEALTH_STATUS,
                Classification.LEVEL_4,
                UpdateFrequency.MONTHLY,
                91.4,
                List.of(ID_NUMBER, NAME, BIRTH_DATE, SEX, TOWN, VISIT_DATE, BMI)));
        e.add(catalogueOnly(
                "中小学生健康体检与视力筛查",
                "学生体检",
                EDUCATION,
                "中小学生年度体检与视力筛查结果。",
                DataCategory.HEALTH_STATUS,
                Classification.LEVEL_3,
                UpdateFrequency.YEARLY,
                88.6,
                List.of(NAME, BIRTH_DATE, SEX, TOWN, VISION, BMI)));
        e.add(catalogueOnly(
                "法定传染病报告",
                "传染病报告",
                CDC,
                "法定传染病个案报告（订正后）。",
                DataCategory.PUBLIC_HEALTH,
                Classification.LEVEL_5,
                UpdateFrequency.REAL_TIME,
                95.1,
                List.of(ID_NUMBER, NAME, AGE, SEX, ADDRESS, REPORTED_DISEASE, VISIT_DATE)));
        e.add(catalogueOnly(
                "居民死因监测",
                "死因监测",
                CDC,
                "居民死亡医学证明与根本死因。",
                DataCategory.PUBLIC_HEALTH,
                Classification.LEVEL_4,
                UpdateFrequency.MONTHLY,
                94.0,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, CAUSE_OF_DEATH)));
        e.add(catalogueOnly(
                "肿瘤登记",
                "肿瘤登记",
                CDC,
                "新发恶性肿瘤病例登记。",
                DataCategory.PUBLIC_HEALTH,
                Classification.LEVEL_5,
                UpdateFrequency.QUARTERLY,
                89.2,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, TUMOUR_SITE, ADMISSION_DATE)));
        e.add(catalogueOnly(
                "心脑血管事件报告",
                "心脑血管事件",
                CDC,
                "急性心肌梗死与脑卒中发病报告。",
                DataCategory.PUBLIC_HEALTH,
                Classification.LEVEL_4,
                UpdateFrequency.MONTHLY,
                87.9,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, EVENT_TYPE, ADMISSION_DATE)));
        e.add(catalogueOnly(
                "院前急救出车记录",
                "院前急救",
                EMERGENCY,
                "120 调度与出车、到达时间。",
                DataCategory.MEDICAL_CARE,
                Classification.LEVEL_3,
                UpdateFrequency.REAL_TIME,
                93.3,
                List.of(PHONE, ADDRESS, AGE, SEX, VISIT_DATE, RESPONSE_MINUTES, EVENT_TYPE)));
        e.add(catalogueOnly(
                "家庭医生签约服务",
                "家医签约",
                HEALTH,
                "家庭医生签约、续约与履约。",
                DataCategory.PUBLIC_HEALTH,
                Classification.LEVEL_3,
                UpdateFrequency.DAILY,
                92.2,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, CONTRACT_STATUS)));
        e.add(catalogueOnly(
                "严重精神障碍患者管理",
                "精神障碍管理",
                CDC,
                "严重精神障碍患者随访与危险性评估。",
                DataCategory.HEALTH_STATUS,
                Classification.LEVEL_5,
                UpdateFrequency.MONTHLY,
                90.6,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, RISK_LEVEL, VISIT_DATE)));
        e.add(catalogueOnly(
                "结直肠癌筛查",
                "结直肠癌筛查",
                CDC,
                "社区结直肠癌初筛与肠镜结果。",
                DataCategory.PUBLIC_HEALTH,
                Classification.LEVEL_4,
                UpdateFrequency.MONTHLY,
                86.4,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, SCREEN_RESULT, VISIT_DATE)));
        e.add(catalogueOnly(
                "职业健康检查",
                "职业健康",
                CDC,
                "接害劳动者职业健康检查结论。",
                DataCategory.HEALTH_STATUS,
                Classification.LEVEL_4,
                UpdateFrequency.QUARTERLY,
                84.7,
                List.of(ID_NUMBER, NAME, AGE, SEX, TOWN, EXAM_FINDING)));
        e.add(catalogueOnly(
                "医疗服务费用",
                "医疗费用",
                HEALTH,
                "门诊与住院次均费用、费用构成。",
                DataCategory.PAYMENT,
                Classification.LEVEL_3,
                UpdateFrequency.MONTHLY,
                91.8,
                List.of(AGE, SEX, FACILITY, DEPARTMENT, COST, INSURANCE_TYPE)));
        e.add(catalogueOnly(
                "医保结算汇总",
                "医保结算",
                INSURANCE,
                "医保结算按机构、险种汇总。",
                DataCategory.PAYMENT,
                Classification.LEVEL_2,
                UpdateFrequency.MONTHLY,
                95.5,
                List.of(FACILITY, INSURANCE_TYPE, COST)));
        e.add(catalogueOnly(
                "卫生资源（机构、床位、人员）",
                "卫生资源",
                HEALTH,
                "医疗卫生机构、床位与卫生人员数量。",
                DataCategory.RESOURCES,
                Classification.LEVEL_1,
                UpdateFrequency.QUARTERLY,
                97.0,
                List.of(FACILITY, TOWN, RESOURCE_COUNT)));
        e.add(catalogueOnly(
                "公共场所AED配置",
                "AED配置",
                EMERGENCY,
                "公共场所自动体外除颤器点位与巡检。",
                DataCategory.RESOURCES,
                Classification.LEVEL_1,
                UpdateFrequency.WEEKLY,
                94.8,
                List.of(DEVICE_LOCATION, TOWN, RESOURCE_COUNT)));
        e.add(catalogueOnly(
                "居民健康素养监测",
                "健康素养",
                CDC,
                "居民健康素养监测问卷得分。",
                DataCategory.PUBLIC_HEALTH,
                Classification.LEVEL_3,
                UpdateFrequency.YEARLY,
                88.0,
                List.of(AGE, SEX, TOWN, LITERACY_SCORE)));
        e.add(catalogueOnly(
                "出生医学证明",
                "出生登记",
                MCH,
                "出生医学证明签发记录。",
                DataCategory.PERSONAL_ATTRIBUTES,
                Classification.LEVEL_4,
                UpdateFrequency.DAILY,
                96.6,
                List.of(ID_NUMBER, NAME, BIRTH_DATE, SEX, TOWN, BIRTH_WEIGHT, GESTATIONAL_WEEKS)));
        return e;
    }

    private static Entry catalogueOnly(
            String name,
            String shortName,
            String owner,
            String description,
            DataCategory category,
            Classification level,
            UpdateFrequency frequency,
            double quality,
            List<FieldKind> fields) {
        return new Entry(name, shortName, owner, description, category, level, frequency, null, quality, fields);
    }

    /** The 28 datasets with 83 products: three per dataset, two for the last one. */
    static List<NewDataset> datasets() {
        var entries = entries();
        if (entries.size() != 28) {
            throw new IllegalStateException("demo catalogue size");
        }
        var list = new ArrayList<NewDataset>();
        int product = 1;
        for (int i = 0; i < 28; i++) {
            var entry = entries.get(i);
            var offered = entry.fields().stream().filter(f -> !f.direct()).toList();
            int k = entry.level() == Classification.LEVEL_5 ? 10 : 5;
            var products = new ArrayList<NewDataset.NewProduct>();
            products.add(new NewDataset.NewProduct(
                    code(product++),
                    entry.shortName() + "·统计查询",
                    "在空间内按镇街、年龄段、性别等分组计数与求均值，结果小格抑制，可选差分隐私噪声。",
                    Delivery.QUERY,
                    offered,
                    k));
            products.add(new NewDataset.NewProduct(
                    code(product++),
                    entry.shortName() + "·去标识化明细（科研版）",
                    "去除直接标识符、准标识符泛化并通过 k-匿名检查的个体级明细，仅含已同意科研使用的居民。",
                    Delivery.FILE,
                    offered,
                    k));
            if (i < 27) {
                products.add(new NewDataset.NewProduct(
                        code(product++),
                        entry.shortName() + "·专题分析服务",
                        "面向课题的专题分析：可在空间内查询，或按合约下载去标识化文件。",
                        Delivery.BOTH,
                        offered,
                        Math.max(k, 10)));
            }
            list.add(new NewDataset(
                    "DS-%02d".formatted(i + 1),
                    entry.name(),
                    entry.owner(),
                    entry.description(),
                    entry.category(),
                    entry.level(),
                    entry.frequency(),
                    entry.cohort(),
                    entry.quality(),
                    entry.fields(),
                    products));
        }
        return list;
    }

    private static String code(int n) {
        return "DP-%03d".formatted(n);
    }
}
