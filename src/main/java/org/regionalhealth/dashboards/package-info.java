/**
 * Dashboards: each role's home page (工作台) with real figures of its own scope, and later the district's indicator
 * read models. Reads other modules' APIs; nothing depends on it.
 */
@ApplicationModule(
        displayName = "工作台与指标 Dashboards",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.dashboards;

import org.springframework.modulith.ApplicationModule;
