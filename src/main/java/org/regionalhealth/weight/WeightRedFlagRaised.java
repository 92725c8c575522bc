package org.regionalhealth.weight;

import java.time.LocalDate;

/**
 * A red flag of 萧慧减 was raised for a resident: a to-do for the family doctor of the resident's station (it stays
 * open until the doctor marks it handled). Published in the writing transaction.
 *
 * @param alertId the alert row
 * @param unitPath the resident's managing unit (the station whose doctor takes it)
 * @param reason the reason in Chinese, as the doctor reads it
 */
public record WeightRedFlagRaised(
        long alertId, long residentId, String unitPath, RedFlag flag, String reason, LocalDate raisedOn) {}
