package org.regionalhealth.populationscreening;

/** The screening programmes the mechanism runs; labels {@code enum.Programme.*}. */
public enum Programme {
    /** 结直肠癌筛查: Zhejiang programme, residents aged 50–74, risk questionnaire + two faecal immunochemical tests. */
    COLORECTAL,
    /** 儿童孤独症筛查: 初筛 at the 0–6 health checks with the warning-sign table of the 2022 national norm. */
    AUTISM,
    /**
     * 学生脊柱侧弯筛查: pupils of school age, results entered or imported by the school's health teacher; trunk rotation
     * (ATR) by scoliometer, positive from 5° → X-ray and diagnosis (Cobb angle).
     */
    SPINE,
    /** 慢阻肺高危筛查: residents of the configured ages, the COPD-SQ questionnaire, 16 or more → spirometry. */
    COPD
}
