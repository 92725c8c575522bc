package org.regionalhealth.childcare;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment batch paid approved subsidy applications (published in the writing transaction). */
public record SubsidyPaid(long batchId, int payments, BigDecimal total, Instant paidAt) {}
