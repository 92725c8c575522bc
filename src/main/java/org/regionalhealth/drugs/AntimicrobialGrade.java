package org.regionalhealth.drugs;

/**
 * Antimicrobial grade of 《抗菌药物临床应用管理办法》 (卫生部令第84号); which drug is in which grade is set by the
 * province (Zhejiang catalogue, source {@code CAT-ZJ-KJYW}).
 */
public enum AntimicrobialGrade {
    /** 非限制使用级 */
    UNRESTRICTED,
    /** 限制使用级 */
    RESTRICTED,
    /** 特殊使用级: not in outpatients, expert consultation required */
    SPECIAL
}
