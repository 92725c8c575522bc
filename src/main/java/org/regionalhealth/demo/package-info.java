/**
 * The demo district: a deterministic (seeded) generator that fills an empty database once with Xiaoshan's real towns
 * and villages, the units of the district, staff, residents with a realistic age and sex structure, and the demo
 * accounts. Off in production; {@code ./mvnw spring-boot:run} switches it on (profile {@code demo}).
 */
@ApplicationModule(
        displayName = "演示区县 Demo district",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.demo;

import org.springframework.modulith.ApplicationModule;
