package org.regionalhealth.dataspace.catalogue;

/** How often a dataset is refreshed (dct:accrualPeriodicity). Labels: {@code enum.UpdateFrequency.<NAME>}. */
public enum UpdateFrequency {
    REAL_TIME,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY
}
