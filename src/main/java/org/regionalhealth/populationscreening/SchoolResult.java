package org.regionalhealth.populationscreening;

/**
 * One pupil's spine screen as a school sends it: the line of the imported file (1 for a form), the pupil's ID number
 * and the first stage (day, signs of the standing examination, ATR per segment).
 */
public record SchoolResult(int line, String idNumber, FirstStage stage) {}
