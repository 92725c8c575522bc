package org.regionalhealth.childcare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a subsidy scheme's rule, with its source; a payment names the version it was computed with.
 *
 * @param annualAmount yuan per child per full year; a part year is paid by month (annual ÷ 12 per month)
 * @param ageLimitMonths a month is paid while the child is under this age on its first day (36: under 3)
 * @param residencePrefix the child's 户籍 must lie in a division whose code starts with this (the district)
 * @param requiresEnrolment the child must be enrolled in a filed childcare institution of the district
 * @param requiresEmployment the applicant must declare employment in the district
 * @param confirmed whether the rule was confirmed in an official text; unconfirmed rules are shown as 待核实
 */
public record SubsidyRule(
        long id,
        String scheme,
        int version,
        String name,
        BigDecimal annualAmount,
        int ageLimitMonths,
        String residencePrefix,
        boolean requiresEnrolment,
        boolean requiresEmployment,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String source,
        boolean confirmed,
        String note) {

    /** The amount for some months of entitlement. */
    public BigDecimal amountFor(int months) {
        return annualAmount
                .multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** Whether this version applies on a day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
