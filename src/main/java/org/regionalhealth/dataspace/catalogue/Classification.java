package org.regionalhealth.dataspace.catalogue;

/**
 * The level of a dataset in the classification of health data (数据分类分级; the five levels of GB/T 39725-2020
 * 《健康医疗数据安全指南》 — from memory, check the text before relying on their wording): the higher, the smaller the
 * circle that may use it. Labels: {@code enum.Classification.<NAME>}.
 */
public enum Classification {
    /** 第1级: may be public (resource counts, published statistics). */
    LEVEL_1,
    /** 第2级: a wide circle (aggregates without persons). */
    LEVEL_2,
    /** 第3级: a middle circle (de-identified person-level data). */
    LEVEL_3,
    /** 第4级: a small circle (person-level data that can identify someone). */
    LEVEL_4,
    /** 第5级: a very small circle under strict conditions (mental health, infectious disease, reproductive data). */
    LEVEL_5
}
