package org.regionalhealth.reviewcenter.posthoc;

/**
 * How many prescriptions a monthly post-hoc review samples. 《医院处方点评管理规范（试行）》(卫医管发〔2010〕28号)
 * 第十二条: 门急诊处方的抽样率不应少于总处方量的1‰，且每月点评处方绝对数不应少于100张；病房（区）医嘱单的抽样率
 * （按出院病历数计）不应少于1%，且每月点评出院病历绝对数不应少于30份. Inpatient orders are sampled by the same rule
 * per order (the platform holds no discharge records). Fewer prescriptions than the minimum: all of them.
 */
public final class SampleSize {

    private SampleSize() {}

    /** Outpatient and emergency prescriptions: at least 1‰ and at least 100. */
    public static int ambulatory(int population) {
        return Math.min(population, Math.max(100, (int) Math.ceil(population / 1000.0)));
    }

    /** Inpatient orders: at least 1% and at least 30. */
    public static int inpatient(int population) {
        return Math.min(population, Math.max(30, (int) Math.ceil(population / 100.0)));
    }
}
