/**
 * Family doctors (家庭医生签约), key population groups (十类重点人群) and chronic disease care close to home
 * (小病慢病不出村): teams and contracts with their life cycle and delivery (履约), key groups derived by rules with
 * provenance, hypertension and type 2 diabetes follow-ups by the national basic public-health service norms
 * (国家基本公共卫生服务规范（第三版）, 2017) as versioned rule sets, the village doctor's worklist and the indicators
 * (规范管理率, 控制率, coverage, renewal, delivery) from district to team, each user within their scope.
 */
@ApplicationModule(
        displayName = "家庭医生与慢病管理 Family doctors",
        allowedDependencies = {"platform", "org", "residents", "screening", "populationscreening"})
package org.regionalhealth.familydoctor;

import org.springframework.modulith.ApplicationModule;
