/**
 * Emergency (生命链 / chain of survival, issue 20), first slice: the public AED registry (公共场所自动体外除颤器) and
 * "nearest AED" for a passer-by. {@link org.regionalhealth.emergency.NearestAeds} answers, for a point and a local
 * time, the nearest AEDs that are open to the public at that time and whose pads and battery are in date; the public
 * phone page {@code /aed} and the public API {@code GET /api/emergency/aeds/nearest} use it. Registering an AED
 * publishes {@link org.regionalhealth.emergency.AedRegistered}.
 */
@ApplicationModule(
        displayName = "急救 Emergency",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.emergency;

import org.springframework.modulith.ApplicationModule;
