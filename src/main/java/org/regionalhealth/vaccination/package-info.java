/**
 * Vaccination (预防接种「便民付」, issue 19): the national immunization schedule with its later adjustments and
 * Zhejiang's programmes as versioned data with their sources, a forecast for every child and adult, the one-stop
 * clinic flow at the district's 27 vaccination clinics (arrival, pre-vaccination check, consent, payment,
 * traceability-code scan, observation), stock and cold chain, campaigns and coverage.
 */
@ApplicationModule(
        displayName = "预防接种 Vaccination",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.vaccination;

import org.springframework.modulith.ApplicationModule;
