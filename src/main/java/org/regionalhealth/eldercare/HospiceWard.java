package org.regionalhealth.eldercare;

/** A designated hospice ward (安宁疗护病区) at a hospital or community health centre, with its beds in use. */
public record HospiceWard(long unitId, String name, boolean hospital, int beds, long occupied, long waiting) {}
