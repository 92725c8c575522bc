package org.regionalhealth.dataspace.catalogue;

/**
 * Which rows of the synthetic source a releasable dataset holds; a dataset without a cohort is a catalogue entry
 * only (no rows behind it in this demo). Labels: {@code enum.Cohort.<NAME>}.
 */
public enum Cohort {
    /** Every resident of the source. */
    ALL,
    /** 高血压 (including hypertension with diabetes). */
    HYPERTENSION,
    /** 2型糖尿病 (including hypertension with diabetes). */
    DIABETES,
    /** Aged 65 or over at the visit. */
    AGED_65
}
