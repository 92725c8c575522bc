package org.regionalhealth.dataspace.catalogue;

/** What a dataset is about (数据分类): the categories of health data. Labels: {@code enum.DataCategory.<NAME>}. */
public enum DataCategory {
    PERSONAL_ATTRIBUTES,
    HEALTH_STATUS,
    MEDICAL_CARE,
    PAYMENT,
    RESOURCES,
    PUBLIC_HEALTH
}
