package org.regionalhealth.weight;

import java.time.LocalDate;

/**
 * A resident enrolled in 萧慧减 or renewed the plan (indicators count enrolment from it).
 *
 * @param kind LOSS, MAINTAIN or REFERRAL
 */
public record WeightPlanMade(
        long residentId, String unitPath, String kind, double startWeightKg, double targetWeightKg, LocalDate madeOn) {}
