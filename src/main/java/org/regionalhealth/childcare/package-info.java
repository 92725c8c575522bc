/**
 * Childcare (一老一小 — 一小, issue 21): the registry of the district's childcare institutions (托育机构, units of
 * type {@code CHILDCARE} in {@code org}) with their filing (备案), capacity, 普惠 places, staff and inspections;
 * places per 1,000 residents by town against the national target; enrolment of children under 3 by their ID number;
 * and the subsidy ledger: eligibility rules as versioned data with their source, one application per child, scheme
 * and year, review by the subsidy officer in two steps, payment batches that pay each approved application once,
 * reconciliation and Excel for finance. Publishes {@link org.regionalhealth.childcare.ChildEnrolled},
 * {@link org.regionalhealth.childcare.SubsidyApplied} and {@link org.regionalhealth.childcare.SubsidyPaid}.
 */
@ApplicationModule(
        displayName = "托育 Childcare",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.childcare;

import org.springframework.modulith.ApplicationModule;
