package org.regionalhealth.appointments.booking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * 爽约规则: {@code limit} no-shows within {@code windowDays} suspend online booking until {@code suspensionDays} after
 * the last of them. Comparator: the Beijing 114 platform (3 no-shows → 90 days; research Part 2 §2.4, [O]); no
 * Zhejiang rule was retrieved, so all three numbers are settings.
 */
public record NoShowRule(int limit, int windowDays, int suspensionDays) {

    /** The last day of the suspension, or empty when the resident may book. */
    public Optional<LocalDate> suspendedThrough(Collection<LocalDate> noShowDays, LocalDate today) {
        var counted = noShowDays.stream()
                .filter(d -> !d.isAfter(today) && d.isAfter(today.minusDays(windowDays)))
                .sorted()
                .toList();
        if (counted.size() < limit) {
            return Optional.empty();
        }
        LocalDate through = counted.get(counted.size() - 1).plusDays(suspensionDays);
        return today.isAfter(through) ? Optional.empty() : Optional.of(through);
    }
}
