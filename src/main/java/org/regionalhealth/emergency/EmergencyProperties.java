package org.regionalhealth.emergency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the emergency module.
 *
 * @param demoAeds AEDs the demo registers across the district's towns
 * @param detourFactor walking estimate: straight-line distance × this factor (streets are not straight lines)
 * @param walkingSpeed walking estimate: metres per second of a brisk walk (1.2 m/s, the usual pedestrian design
 *     speed)
 * @param inspectionIntervalDays an AED is checked at least every this many days (monthly)
 * @param expiryWarningDays pads or battery expiring within this many days are announced to the owner
 * @param ambulance the ambulance travel model of the coverage page
 * @param demoArrests cardiac arrests the demo registers over its year
 * @param demoSuccesses of which survived the event (sustained ROSC to hospital handover): the 2025 review's 53
 */
@ConfigurationProperties("rhp.emergency")
public record EmergencyProperties(
        @DefaultValue("1467") int demoAeds,
        @DefaultValue("1.3") double detourFactor,
        @DefaultValue("1.2") double walkingSpeed,
        @DefaultValue("31") int inspectionIntervalDays,
        @DefaultValue("30") int expiryWarningDays,
        @DefaultValue Ambulance ambulance,
        @DefaultValue("1100") int demoArrests,
        @DefaultValue("53") int demoSuccesses) {

    /**
     * Response time = turnout + straight-line distance × detour factor ÷ speed. No road network is available offline,
     * so this is a straight-line-with-detour model: road distance is typically 1.2–1.6 × the straight line (circuity),
     * so a single factor misstates a particular village by about ±20 %.
     *
     * @param speedKmh average ambulance speed on the road (urban and rural mixed)
     * @param detourFactor road distance ÷ straight-line distance
     * @param turnoutMinutes from the call being assigned to the ambulance rolling
     */
    public record Ambulance(
            @DefaultValue("40") double speedKmh,
            @DefaultValue("1.4") double detourFactor,
            @DefaultValue("1") double turnoutMinutes) {}

    public AedCareRules careRules() {
        return new AedCareRules(
                inspectionIntervalDays,
                expiryWarningDays,
                "杭州市《公共场所自动体外除颤器配置与维护管理规范》、DB3301/T 0435-2023 附录D（日常检查与维护记录）；区急救中心每月巡检");
    }
}
