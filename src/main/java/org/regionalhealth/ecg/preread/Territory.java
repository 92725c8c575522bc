package org.regionalhealth.ecg.preread;

/** The myocardial territory a pair of contiguous leads looks at. */
public enum Territory {
    INFERIOR,
    HIGH_LATERAL,
    SEPTAL,
    ANTERIOR,
    LATERAL
}
