package org.regionalhealth.weight.norms;

/** School-age screening of WS/T 586-2018 《学龄儿童青少年超重与肥胖筛查》 (6–18 years). */
public enum ChildCategory {
    NOT_OVERWEIGHT,
    OVERWEIGHT,
    OBESE
}
