package org.regionalhealth.weight.norms;

/** Adult waist categories of WS/T 428-2013: 中心型肥胖前期 and 中心型肥胖, by sex. */
public enum WaistCategory {
    NORMAL,
    PRE_CENTRAL_OBESITY,
    CENTRAL_OBESITY
}
