package org.regionalhealth.drugs;

/**
 * How strongly a patient state (pregnancy, lactation, renal or hepatic impairment, a disease) limits a drug, as the
 * label words it: 禁用 → {@code CONTRAINDICATED}, 不宜/避免 → {@code AVOID}, 减量 → {@code REDUCE}, 慎用 →
 * {@code CAUTION}, no restriction stated → {@code COMPATIBLE}.
 */
public enum Restriction {
    CONTRAINDICATED,
    AVOID,
    REDUCE,
    CAUTION,
    COMPATIBLE
}
