package org.regionalhealth.vaccination.schedule;

import java.util.List;

/**
 * What one visit gives: the actionable programme doses within the per-visit injection limit, and those left for the
 * next visit (none when the limit is off, the 2021 说明's default: all programme vaccines may be given together).
 */
public record VisitPlan(List<DoseForecast> today, List<DoseForecast> deferred) {}
