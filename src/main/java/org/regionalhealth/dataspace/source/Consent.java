package org.regionalhealth.dataspace.source;

/**
 * A resident's answer about research use of their data, as recorded in the source. The rule (docs/data-space.md):
 * a person-level file release holds only {@link #GRANTED} rows; an aggregate query, which returns no person, counts
 * {@link #GRANTED} and {@link #NOT_ASKED}; {@link #WITHDRAWN} rows are never used. Labels: {@code enum.Consent.<NAME>}.
 */
public enum Consent {
    GRANTED,
    NOT_ASKED,
    WITHDRAWN
}
