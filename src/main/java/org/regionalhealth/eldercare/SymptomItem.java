package org.regionalhealth.eldercare;

/**
 * The nine symptoms of the revised Edmonton Symptom Assessment System (ESAS-r; Watanabe SM et al., J Pain Symptom
 * Manage 2011;41(2):456–468, revising Bruera E et al., J Palliat Care 1991;7(2):6–9), each rated 0 (none) to 10
 * (worst possible) by the patient, or by a carer when the patient cannot.
 */
public enum SymptomItem {
    PAIN,
    TIREDNESS,
    DROWSINESS,
    NAUSEA,
    APPETITE,
    SHORTNESS_OF_BREATH,
    DEPRESSION,
    ANXIETY,
    WELLBEING
}
