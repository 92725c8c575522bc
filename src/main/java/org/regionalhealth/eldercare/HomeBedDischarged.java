package org.regionalhealth.eldercare;

import java.time.LocalDate;

/** A family sickbed was closed (published in the writing transaction). */
public record HomeBedDischarged(long bedId, long residentId, LocalDate dischargedOn, DischargeReason reason) {}
