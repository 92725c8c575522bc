package org.regionalhealth.vaccination.schedule;

/** One visit of a post-exposure rabies regimen: day after the first visit and doses given. */
public record RabiesVisit(String regimen, int visit, int day, int doses, String source) {}
