/**
 * Organisations (机构): the district's administrative divisions (27 towns/streets, 585 villages/communities), the
 * tree of units from the health commission through the medical communities (医共体) to hospitals, community health
 * centres and village stations, the public-health units (schools, vaccination clinics, ambulance stations, childcare
 * institutions, pharmacies) and their staff with the rights prescription review checks.
 */
@ApplicationModule(displayName = "机构 Organisations", allowedDependencies = "platform")
package org.regionalhealth.org;

import org.springframework.modulith.ApplicationModule;
