package org.regionalhealth.childcare;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A subsidy application was filed (published in the writing transaction). */
public record SubsidyApplied(
        long applicationId, String scheme, int period, @Nullable Long childResidentId, BigDecimal amount) {}
