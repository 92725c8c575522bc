package org.regionalhealth.childcare;

import java.math.BigDecimal;
import java.time.Instant;

/** One paid subsidy, traceable to its application and the rule version it was computed with. */
public record Payment(
        long id,
        long batchId,
        long applicationId,
        String scheme,
        int ruleVersion,
        int period,
        String childIdNumber,
        String childName,
        String applicantName,
        String bankAccount,
        int months,
        BigDecimal amount,
        Instant paidAt) {}
