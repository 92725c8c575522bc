/**
 * Surveillance (传染病多点预警): statistical and rule-based outbreak detection over case counts from notifiable
 * reports, clinics, pharmacies and schools, fused into graded signals that are dispatched and handled against a clock.
 * {@code detection} holds the detectors (EARS, CIDARS moving percentile, farringtonFlexible, ESSENCE EWMA, CUSUM,
 * count-window rules as versioned data, space-time permutation scan); {@code analysis} the analyst API and page;
 * {@code schoolcheck} the school nurse's morning/noon check; {@code channels} the other reporting channels;
 * {@code signals} rule evaluation, fusion, grading and explanation; {@code response} dispatch, handling clocks and
 * escalation; {@code kpi} response KPIs, the town map and channel charts. Schools, towns and institutions come from
 * {@code org}; pupils' names are masked with {@code residents}' rules.
 */
@ApplicationModule(
        displayName = "传染病多点预警 Surveillance",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.surveillance;

import org.springframework.modulith.ApplicationModule;
