package org.regionalhealth.populationscreening;

import java.time.LocalDate;
import org.regionalhealth.residents.Sex;

/**
 * A child on the family doctor's health-check worklist: the check that is open, its window, and the last day it can be
 * caught up. {@code name} is as the index holds it (pages mask it by the reader's disclosure).
 */
public record ChildDue(
        long residentId,
        String name,
        Sex sex,
        LocalDate birthDate,
        String visit,
        LocalDate from,
        LocalDate to,
        LocalDate catchUpUntil,
        boolean overdue) {}
