package org.regionalhealth.populationscreening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the population screening programmes: each programme's rules with their source, and the demo sizes.
 *
 * @param colorectal the colorectal cancer programme
 * @param autism the children's autism programme
 * @param demoColorectal at most this many residents invited to the demo's colorectal round (the whole cohort when
 *     smaller)
 * @param demoAutism at most this many children invited in the demo's autism screening
 * @param spine students' spine (scoliosis) screening
 * @param copd the COPD risk screen
 * @param demoSpine at most this many pupils of the demo's spine round with a result from their school
 * @param demoCopd at most this many residents of the demo's COPD round with a questionnaire
 * @param demoChildChecks at most this many children 0–6 whose past health checks the demo records
 */
@ConfigurationProperties("rhp.populationscreening")
public record PopulationScreeningProperties(
        @DefaultValue Colorectal colorectal,
        @DefaultValue Autism autism,
        @DefaultValue("5000") int demoColorectal,
        @DefaultValue("2000") int demoAutism,
        @DefaultValue Spine spine,
        @DefaultValue Copd copd,
        @DefaultValue("3000") int demoSpine,
        @DefaultValue("3000") int demoCopd,
        @DefaultValue("1000") int demoChildChecks) {

    /**
     * Students' spine (scoliosis) screening in schools.
     *
     * @param minAge youngest age in the round's year (by birth year): 小学一年级
     * @param maxAge oldest age in the round's year: 高中三年级
     * @param atrThreshold trunk rotation (ATR, degrees, by scoliometer) from which a segment is positive
     * @param gradeTwoFrom ATR from which the positive is Ⅱ度
     * @param gradeThreeFrom ATR from which the positive is Ⅲ度
     * @param referralDays days from a positive screen within which the X-ray and diagnosis are due
     * @param source the national guideline and standard
     * @param unconfirmed what the texts found do not confirm
     */
    public record Spine(
            @DefaultValue("6") int minAge,
            @DefaultValue("17") int maxAge,
            @DefaultValue("5") java.math.BigDecimal atrThreshold,
            @DefaultValue("7") java.math.BigDecimal gradeTwoFrom,
            @DefaultValue("10") java.math.BigDecimal gradeThreeFrom,
            @DefaultValue("60") int referralDays,
            @DefaultValue(
                            "国家卫生健康委办公厅《儿童青少年脊柱弯曲异常防控技术指南》（2021年）及GB/T 16133-2014《儿童青少年脊柱弯曲异常的筛查》：学校组织、经培训人员实施，一般检查、前屈试验、躯干旋转测量仪测量躯干旋转角（ATR）、脊柱运动试验；任一节段ATR≥5°为脊柱侧弯初筛阳性（5°～<7°为Ⅰ度，7°～<10°为Ⅱ度，≥10°为Ⅲ度），转诊医疗机构拍摄全脊柱X线片，科布角≥10°诊断脊柱侧弯")
                    String source,
            @DefaultValue("待核实：ATR分度界值取自公开的筛查记录表实现、未见标准原文；筛查对象按出生年份取6～17周岁（未接入学籍）；X线检查期限（默认60天）未见正式文本，为可配置项")
                    String unconfirmed) {}

    /**
     * The COPD risk screen with the COPD-SQ questionnaire ({@link CopdScreeningQuestionnaire}).
     *
     * @param minAge youngest age in the round's year (by birth year)
     * @param maxAge oldest age in the round's year
     * @param referralDays days from a high-risk questionnaire within which spirometry is due
     * @param source the questionnaire and its threshold
     * @param unconfirmed what the texts found do not confirm
     */
    public record Copd(
            @DefaultValue("35") int minAge,
            @DefaultValue("75") int maxAge,
            @DefaultValue("30") int referralDays,
            @DefaultValue(
                            "慢阻肺筛查问卷（周玉民等，2013年编制并验证）：年龄、吸烟量（包年）、体重指数、无感冒时咳嗽、气促、生物燃料烟雾接触、家族史共7项，总分0～31分，≥16分为慢阻肺高危，转诊肺功能检查；支气管舒张后FEV1/FVC<0.70诊断慢阻肺")
                    String source,
            @DefaultValue("待核实：问卷各项分值按通行版本整理；筛查年龄（默认35～75岁）与肺功能检查期限（默认30天）未见正式文本，为可配置项") String unconfirmed) {}

    /**
     * Zhejiang's colorectal cancer screening.
     *
     * @param minAge youngest age invited, in whole years in the round's year (by birth year, as 东阳's notice says)
     * @param maxAge oldest age invited
     * @param fitPositiveCount how many of the two FITs must be positive for a positive first stage (1: either)
     * @param symptomCount how many of the questionnaire's minor items make it positive (the major items: one)
     * @param referralDays days from a positive first stage within which the colonoscopy is due; after them the
     *     referral is overdue
     * @param source where the cohort and the first stage come from
     * @param ruleSource where the questionnaire's positive rule comes from
     * @param unconfirmed what the texts found do not confirm, shown on the dashboard
     */
    public record Colorectal(
            @DefaultValue("50") int minAge,
            @DefaultValue("74") int maxAge,
            @DefaultValue("1") int fitPositiveCount,
            @DefaultValue("2") int symptomCount,
            @DefaultValue("90") int referralDays,
            @DefaultValue("浙江省结直肠癌筛查项目：50～74周岁户籍及常住居民，知情同意、风险问卷、两次粪便隐血检测（东阳市卫健局筛查通知）") String source,
            @DefaultValue(
                            "问卷阳性：任一项（一级亲属结直肠癌史、本人肠道腺瘤史、本人癌症史）或慢性腹泻、慢性便秘、黏液血便、慢性阑尾炎或阑尾切除史、慢性胆囊炎或胆囊切除史、不良生活事件史中两项及以上（中国结直肠癌筛查专家共识，序贯筛查模式）")
                    String ruleSource,
            @DefaultValue("待核实：两次粪便隐血检测“任一阳性即阳性”的判定、肠镜完成期限（默认90天）与复筛间隔未见正式文本，为可配置项") String unconfirmed) {}

    /**
     * Children's autism screening (初筛).
     *
     * @param referralDays days from a positive 初筛 within which the 复筛 or diagnosis is due
     * @param source the national norm
     * @param unconfirmed what the texts found do not confirm
     */
    public record Autism(
            @DefaultValue("30") int referralDays,
            @DefaultValue(
                            "《0～6岁儿童孤独症筛查干预服务规范（试行）》（国卫办妇幼发〔2022〕12号）：初筛在3、6、8、12、18、24、30、36月龄及4、5、6岁儿童健康检查时进行，使用《儿童心理行为发育问题预警征象筛查表》，相应年龄任一预警征象阳性即为初筛阳性，转介复筛与诊断")
                    String source,
            @DefaultValue("待核实：3、6、8月龄及6岁的预警征象条目、复筛工具与转介时限（默认30天）未见正式文本，为可配置项") String unconfirmed) {}
}
