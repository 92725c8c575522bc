package org.regionalhealth.ecg.worklist;

import java.time.LocalDate;
import org.regionalhealth.residents.Sex;

/** The patient of an uploaded ECG: what the pre-read needs (sex and age for the ST thresholds) and the scope check. */
public record Patient(long id, String idNumber, Sex sex, LocalDate birthDate, String unitPath) {}
