package org.regionalhealth.eldercare;

/** The four first-level domains (一级指标) of GB/T 42195-2022. */
public enum AbilityDomain {
    SELF_CARE,
    MOBILITY,
    MENTAL,
    PERCEPTION_SOCIAL
}
