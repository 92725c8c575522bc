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
 */
@ConfigurationProperties("rhp.emergency")
public record EmergencyProperties(
        @DefaultValue("1467") int demoAeds,
        @DefaultValue("1.3") double detourFactor,
        @DefaultValue("1.2") double walkingSpeed) {}
