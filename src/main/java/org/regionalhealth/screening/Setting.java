package org.regionalhealth.screening;

/** Where the prescription is issued; decides the quantity limits of 《处方管理办法》第十九、二十三至二十五条. */
public enum Setting {
    /** 门诊 */
    OUTPATIENT,
    /** 急诊 */
    EMERGENCY,
    /** 住院 (病区用药医嘱) */
    INPATIENT;

    /** 门急诊 */
    public boolean ambulatory() {
        return this != INPATIENT;
    }
}
