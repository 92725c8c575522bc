/**
 * 萧慧减 weight management (issue 22): targets from the national norms (WS/T 428-2013 adults, WS/T 586-2018 school-age
 * children, the 2024 体重管理指导原则 and 成人肥胖食养指南), a personal plan with an energy target (Mifflin–St Jeor × the
 * Chinese DRIs activity levels), a diet log over a food table of common Chinese foods and dishes, exercise check-ins
 * with MET values of the Compendium of Physical Activities, a coach that answers only from retrieved national
 * guidance, red flags sent to the family doctor, and the clinician and district views.
 *
 * <p>Facts for others: {@link org.regionalhealth.weight.WeightRedFlagRaised} and
 * {@link org.regionalhealth.weight.WeightPlanMade}.
 */
@ApplicationModule(
        displayName = "萧慧减 体重管理 Weight management",
        allowedDependencies = {"platform", "org", "residents", "familydoctor", "semantic"})
package org.regionalhealth.weight;

import org.springframework.modulith.ApplicationModule;
