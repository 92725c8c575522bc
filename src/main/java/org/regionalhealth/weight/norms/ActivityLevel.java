package org.regionalhealth.weight.norms;

/**
 * Physical activity levels (PAL) of the Chinese DRIs: 轻 1.50, 中 1.75, 重 2.00 (WS/T 578.1-2017 《中国居民膳食营养素参考摄入量
 * 第1部分：宏量营养素》 = DRIs 2013, the energy tables' activity levels).
 */
public enum ActivityLevel {
    LIGHT(1.50),
    MODERATE(1.75),
    HEAVY(2.00);

    public static final String SOURCE = "WS/T 578.1-2017 中国居民膳食营养素参考摄入量 第1部分：宏量营养素（身体活动水平）";

    private final double pal;

    ActivityLevel(double pal) {
        this.pal = pal;
    }

    public double pal() {
        return pal;
    }
}
