package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version of the family-sickbed (家庭病床) admission criteria, kept as data with its source (table
 * {@code eldercare_home_bed_rule}); an admission names the version it met.
 *
 * @param indications conditions of which one must apply (建床指征)
 * @param requirements conditions every admission confirms (病情适宜、照护人员、服务范围、知情同意)
 * @param maxPeriodDays one admission period (建床周期); a longer stay needs a new assessment
 * @param doctorVisitIntervalDays the longest interval between two doctor's visits (查床)
 * @param confirmed whether the source text was read; otherwise the page marks the version 待核实
 */
public record HomeBedRule(
        int version,
        LocalDate validFrom,
        List<String> indications,
        List<String> requirements,
        int maxPeriodDays,
        int doctorVisitIntervalDays,
        String source,
        boolean confirmed,
        @Nullable String note) {}
