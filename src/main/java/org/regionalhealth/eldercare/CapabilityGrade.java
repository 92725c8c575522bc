package org.regionalhealth.eldercare;

/** The five capability grades of GB/T 42195-2022, 0 (能力完好) to 4 (能力完全丧失). */
public enum CapabilityGrade {
    INTACT,
    MILD,
    MODERATE,
    SEVERE,
    TOTAL;

    public int level() {
        return ordinal();
    }

    /** One grade worse, at most {@link #TOTAL}. */
    public CapabilityGrade raised() {
        return this == TOTAL ? TOTAL : values()[ordinal() + 1];
    }
}
