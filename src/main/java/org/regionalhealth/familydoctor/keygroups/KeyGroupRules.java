package org.regionalhealth.familydoctor.keygroups;

import java.util.List;

/**
 * The rules that derive the ten key groups (research §2.4 table, “typical operational definition”), each with its
 * source. Age groups come from the birth date; disease groups from this module's chronic registry; the rest from
 * registry entries of the bodies that own those lists (maternal care, CDC, psychiatric care, the disability
 * federation, rural revitalisation, the health commission), each entry with its own validity.
 */
public final class KeyGroupRules {

    private KeyGroupRules() {}

    public static final List<KeyGroupRule> ALL = List.of(
            new KeyGroupRule(
                    "AGE-UNDER-7",
                    KeyGroup.CHILDREN_0_6,
                    "国家基本公共卫生服务规范（第三版）0～6岁儿童健康管理服务规范：辖区内常住的0～6岁儿童（未满7周岁）",
                    """
                    select resident_id, birth_date, (birth_date + interval '7 years' - interval '1 day')::date
                    from familydoctor_person where birth_date > (:day - interval '7 years')::date and birth_date <= :day
                    """),
            new KeyGroupRule(
                    "AGE-65-PLUS",
                    KeyGroup.ELDERLY_65,
                    "国家基本公共卫生服务规范（第三版）老年人健康管理服务规范：辖区内65岁及以上常住居民",
                    """
                    select resident_id, (birth_date + interval '65 years')::date, null::date
                    from familydoctor_person where birth_date <= (:day - interval '65 years')::date
                    """),
            registry(
                    "REG-PREGNANCY",
                    KeyGroup.MATERNAL,
                    "PREGNANCY",
                    "国家基本公共卫生服务规范（第三版）孕产妇健康管理服务规范：孕期至产后42天，以孕产妇保健手册登记为准"),
            chronic(
                    "CHRONIC-HTN",
                    KeyGroup.HYPERTENSION,
                    "HYPERTENSION",
                    "国家基本公共卫生服务规范（第三版）高血压患者健康管理服务规范：纳入管理的35岁及以上原发性高血压患者"),
            chronic(
                    "CHRONIC-DM",
                    KeyGroup.DIABETES_T2,
                    "DIABETES_T2",
                    "国家基本公共卫生服务规范（第三版）2型糖尿病患者健康管理服务规范：纳入管理的35岁及以上2型糖尿病患者"),
            registry("REG-TB", KeyGroup.TUBERCULOSIS, "TUBERCULOSIS", "国家基本公共卫生服务规范（第三版）肺结核患者健康管理服务规范：疾控登记在治的肺结核患者"),
            registry("REG-SMI", KeyGroup.SEVERE_MENTAL, "SEVERE_MENTAL", "国家基本公共卫生服务规范（第三版）严重精神障碍患者管理服务规范：在册的严重精神障碍患者"),
            registry("REG-DISABILITY", KeyGroup.DISABILITY, "DISABILITY", "中华人民共和国残疾人证管理办法：持有效残疾人证者"),
            registry(
                    "REG-POVERTY",
                    KeyGroup.POVERTY_LIFTED,
                    "POVERTY_LIFTED",
                    "国卫基层发〔2016〕1号及巩固拓展脱贫攻坚成果相关文件：乡村振兴部门建档立卡脱贫人口名单"),
            registry("REG-FP-SPECIAL", KeyGroup.FP_SPECIAL, "FP_SPECIAL", "国卫基层发〔2018〕35号：卫生健康部门认定的计划生育特殊家庭名单"));

    private static KeyGroupRule registry(String id, KeyGroup group, String registry, String source) {
        return new KeyGroupRule(
                id,
                group,
                source,
                "select resident_id, min(valid_from), max(valid_to) from familydoctor_registry_entry where registry = '"
                        + registry + "' and valid_from <= :day and (valid_to is null or valid_to >= :day)"
                        + " group by resident_id");
    }

    private static KeyGroupRule chronic(String id, KeyGroup group, String disease, String source) {
        return new KeyGroupRule(
                id,
                group,
                source,
                "select resident_id, registered_on, null::date from familydoctor_chronic_patient where disease = '"
                        + disease + "' and status = 'ACTIVE' and registered_on <= :day");
    }
}
