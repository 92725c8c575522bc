package org.regionalhealth.eldercare;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the elderly-care module.
 *
 * @param stackAdjustments whether the two "one grade worse" rules of GB/T 42195-2022 add up (not confirmed; one
 *     public implementation applies each once, which is the default)
 * @param minimumAge the standard covers people aged 60 and over
 * @param servicesByGrade the district's services each grade opens (grade level → services, cumulative upwards in the
 *     default); the district's catalogue was not found, so the default is marked unconfirmed on the page
 * @param servicesConfirmed whether {@code servicesByGrade} is the district's published catalogue
 */
@ConfigurationProperties("rhp.eldercare")
public record ElderCareProperties(
        @DefaultValue("true") boolean stackAdjustments,
        @DefaultValue("60") int minimumAge,
        Map<Integer, List<String>> servicesByGrade,
        @DefaultValue("false") boolean servicesConfirmed) {

    public ElderCareProperties {
        if (servicesByGrade == null || servicesByGrade.isEmpty()) {
            servicesByGrade = Map.of(
                    0, List.of("家庭医生签约与年度健康体检", "老年健康教育与防跌倒指导"),
                    1, List.of("居家养老上门服务（助餐、助洁）", "家庭医生重点人群随访", "适老化改造评估"),
                    2, List.of("社区日间照料", "居家康复指导", "家庭病床收治评估"),
                    3, List.of("长期护理保险失能评估转介", "养老机构护理床位优先入住", "医养结合签约服务"),
                    4, List.of("长期照护（机构或居家）", "安宁疗护需求评估", "照护者喘息服务"));
        }
    }

    /** The services opened by a grade: those of its own level and of every milder level. */
    public List<String> servicesFor(CapabilityGrade grade) {
        var list = new java.util.ArrayList<String>();
        for (int level = 0; level <= grade.level(); level++) {
            list.addAll(servicesByGrade.getOrDefault(level, List.of()));
        }
        return list;
    }
}
