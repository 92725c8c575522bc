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
 * @param bereavementDays days after a hospice patient's death on which the family is contacted (居丧随访); the 2017
 *     and 2025 hospice guides name bereavement support (哀伤辅导) without a schedule, so this is the platform's choice
 * @param assessmentIntervalMonths an older resident is due a capability assessment when the last one is older than
 *     this (the 65+ health management of 国家基本公共卫生服务规范 is yearly)
 * @param worklistAge the age from which residents appear on the elderly worklist (老年人健康管理: 65 and over)
 * @param demoAssessments capability assessments in the full demo (the 2025 review: nearly 50,000); a smaller district
 *     gets the same share of its residents
 * @param demoHomeBeds family sickbeds in the full demo (the 2023 report: 1,471)
 * @param demoRehabEpisodes home rehabilitation episodes in the full demo (the 2023 report: 5,232)
 * @param demoCarePlans 医养结合 care plans in the full demo (the review counts 120,000 people in integrated care; the demo
 *     keeps 3,000 plans with logs, which is what is cheap to write one by one)
 * @param demoHospicePatients hospice patients in the full demo
 * @param careServices the services a 医养结合 care plan chooses from (the district's catalogue was not found: the
 *     platform's list)
 * @param demoMinimum the least of each kind a small demo gets, so every page shows figures
 */
@ConfigurationProperties("rhp.eldercare")
public record ElderCareProperties(
        @DefaultValue("true") boolean stackAdjustments,
        @DefaultValue("60") int minimumAge,
        Map<Integer, List<String>> servicesByGrade,
        @DefaultValue("false") boolean servicesConfirmed,
        @DefaultValue({"14", "90", "365"}) List<Integer> bereavementDays,
        @DefaultValue("12") int assessmentIntervalMonths,
        @DefaultValue("65") int worklistAge,
        @DefaultValue("50000") int demoAssessments,
        @DefaultValue("1471") int demoHomeBeds,
        @DefaultValue("5232") int demoRehabEpisodes,
        @DefaultValue("3000") int demoCarePlans,
        @DefaultValue("1500") int demoHospicePatients,
        @DefaultValue("40") int demoMinimum,
        List<String> careServices) {

    public ElderCareProperties {
        if (careServices == null || careServices.isEmpty()) {
            careServices = List.of("健康评估与随访", "用药指导与管理", "康复护理", "生活照料（助餐、助浴、助洁）", "压疮预防与护理", "慢性病管理", "中医药服务", "心理慰藉");
        }
        if (servicesByGrade == null || servicesByGrade.isEmpty()) {
            servicesByGrade = Map.of(
                    0, List.of("家庭医生签约与年度健康体检", "老年健康教育与防跌倒指导"),
                    1, List.of("居家养老上门服务（助餐、助洁）", "家庭医生重点人群随访", "适老化改造评估"),
                    2, List.of("社区日间照料", "居家康复指导", "家庭病床收治评估"),
                    3, List.of("长期护理保险失能评估转介", "养老机构护理床位优先入住", "医养结合签约服务"),
                    4, List.of("长期照护（机构或居家）", "安宁疗护需求评估", "照护者喘息服务"));
        }
    }

    /** A demo size: the full figure at full scale, otherwise the same share of the district's residents. */
    public int demoSize(int full, boolean fullScale, int residents) {
        if (fullScale || full <= 0) {
            return Math.max(full, 0);
        }
        long scaled = Math.round((double) full * residents / 2_000_000);
        return (int) Math.min(full, Math.max(scaled, demoMinimum));
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
