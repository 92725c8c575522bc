package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;

/** A dose in a person's history: the product and the day it was given. */
public record GivenDose(String product, LocalDate date) {}
