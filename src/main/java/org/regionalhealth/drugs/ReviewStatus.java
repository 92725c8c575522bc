package org.regionalhealth.drugs;

/**
 * Review state of an entry: {@code DRAFT} until the district 药事管理与药物治疗学委员会 approves it, as
 * 《医疗机构处方审核规范》 asks rules to be approved locally.
 */
public enum ReviewStatus {
    DRAFT,
    APPROVED,
    RETIRED
}
