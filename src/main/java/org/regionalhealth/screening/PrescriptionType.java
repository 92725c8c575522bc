package org.regionalhealth.screening;

/** Kind of prescription (《处方管理办法》第六条: 西药和中成药可以开具一张处方，中药饮片应当单独开具处方). */
public enum PrescriptionType {
    /** 西药 */
    WESTERN,
    /** 中成药 (may share a prescription with Western drugs) */
    CHINESE_PATENT,
    /** 中药饮片 (汤剂) */
    TCM_DECOCTION
}
