package org.regionalhealth.screening;

/** Skin-test (皮试) result recorded on a prescription line (《处方管理办法》第三十五条: 规定必须做皮试的药品，处方医师是否注明过敏试验及结果的判定). */
public enum SkinTestResult {
    /** 阴性 (−) */
    NEGATIVE,
    /** 阳性 (+) */
    POSITIVE,
    /** 续用: continuing the same product without a break, no new test needed */
    CONTINUED
}
