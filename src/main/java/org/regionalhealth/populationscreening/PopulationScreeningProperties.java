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
 */
@ConfigurationProperties("rhp.populationscreening")
public record PopulationScreeningProperties(
        @DefaultValue Colorectal colorectal,
        @DefaultValue Autism autism,
        @DefaultValue("5000") int demoColorectal,
        @DefaultValue("2000") int demoAutism) {

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
