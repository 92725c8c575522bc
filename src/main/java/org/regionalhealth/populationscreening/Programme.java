package org.regionalhealth.populationscreening;

/** The screening programmes the mechanism runs; labels {@code enum.Programme.*}. */
public enum Programme {
    /** 结直肠癌筛查: Zhejiang programme, residents aged 50–74, risk questionnaire + two faecal immunochemical tests. */
    COLORECTAL,
    /** 儿童孤独症筛查: 初筛 at the 0–6 health checks with the warning-sign table of the 2022 national norm. */
    AUTISM
}
