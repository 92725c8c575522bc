/**
 * Surveillance (传染病多点预警): statistical and rule-based outbreak detection over case counts from notifiable
 * reports, clinics, pharmacies and schools. The {@code detection} sub-package holds the detectors (EARS, CIDARS
 * moving percentile, farringtonFlexible, ESSENCE EWMA, CUSUM, count-window rules, space-time permutation scan),
 * each proven against R {@code surveillance} 1.20.3 where a peer exists; {@code analysis} holds the analyst API and
 * page that run them over an uploaded series.
 */
@ApplicationModule(
        displayName = "传染病多点预警 Surveillance",
        allowedDependencies = {"platform"})
package org.regionalhealth.surveillance;

import org.springframework.modulith.ApplicationModule;
