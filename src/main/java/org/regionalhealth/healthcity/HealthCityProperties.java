package org.regionalhealth.healthcity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the health-city module.
 *
 * @param dueMonth month of the following year by whose {@code dueDay} a year's department values are due
 * @param dueDay day of that month (inclusive)
 * @param evidenceMaxBytes largest evidence file accepted
 * @param demoYears past years of evaluation the demo imports before the current one
 */
@ConfigurationProperties("rhp.healthcity")
public record HealthCityProperties(
        @DefaultValue("1") int dueMonth,
        @DefaultValue("31") int dueDay,
        @DefaultValue("10485760") int evidenceMaxBytes,
        @DefaultValue("4") int demoYears) {}
