package org.regionalhealth.eldercare;

import java.time.LocalDate;

/** A visit to a family sickbed (查床 or nursing) with what was found and done. */
public record HomeBedVisit(long id, long bedId, LocalDate visitedOn, String visitor, VisitKind kind, String findings) {}
