package org.regionalhealth.eldercare;

import java.time.LocalDate;

/** A hospice patient died (published in the writing transaction); bereavement follow-ups are planned. */
public record PatientDied(long patientId, long residentId, LocalDate diedOn, PlaceOfDeath place) {}
