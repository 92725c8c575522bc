package org.regionalhealth.childcare;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the childcare module.
 *
 * @param placesTarget places for children under 3 per 1,000 residents that the national plan sets for the end of
 *     2025 (《"十四五"规划纲要》 main indicator: 4.5; level at the end of 2021: 2.03)
 * @param placesTargetSource where the target comes from, shown beside it
 * @param demoPlaces places the demo spreads over the district's childcare institutions (the 2025 review: 11,531)
 * @param demoPuhuiShare share of 普惠 places in the demo (the review: over 80 %)
 * @param demoPopulation the district's resident population the demo splits over the towns (≈2.0 M)
 * @param demoApplications subsidy applications the demo files in mixed states
 * @param demoEnrolments children the demo enrols in the filed institutions
 */
@ConfigurationProperties("rhp.childcare")
public record ChildcareProperties(
        @DefaultValue("4.5") BigDecimal placesTarget,
        @DefaultValue("《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》主要指标：每千人口拥有3岁以下婴幼儿托位数2025年达到4.5个")
                String placesTargetSource,
        @DefaultValue("11531") int demoPlaces,
        @DefaultValue("0.82") double demoPuhuiShare,
        @DefaultValue("2000000") int demoPopulation,
        @DefaultValue("3000") int demoApplications,
        @DefaultValue("2000") int demoEnrolments) {}
