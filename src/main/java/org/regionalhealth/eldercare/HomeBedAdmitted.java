package org.regionalhealth.eldercare;

import java.time.LocalDate;

/** A resident was admitted to a family sickbed (published in the writing transaction). */
public record HomeBedAdmitted(long bedId, long residentId, LocalDate admittedOn, int ruleVersion) {}
