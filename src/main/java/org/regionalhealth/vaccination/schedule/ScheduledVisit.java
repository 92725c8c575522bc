package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;

/** A visit of a fixed regimen (rabies post-exposure): its number, day and the doses given at it. */
public record ScheduledVisit(int visit, LocalDate date, int doses) {}
