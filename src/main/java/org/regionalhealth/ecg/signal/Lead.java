package org.regionalhealth.ecg.signal;

import java.util.Optional;

/**
 * The twelve standard leads with their codes in the ISO/IEEE 11073-10101 nomenclature (MDC): the {@code MDC_ECG_LEAD_*}
 * reference ids HL7 aECG uses and the numeric codes FHIR {@code Observation.component.code} uses (system
 * {@code urn:oid:2.16.840.1.113883.6.24}).
 */
public enum Lead {
    I("I", "MDC_ECG_LEAD_I", 131329),
    II("II", "MDC_ECG_LEAD_II", 131330),
    III("III", "MDC_ECG_LEAD_III", 131389),
    AVR("aVR", "MDC_ECG_LEAD_AVR", 131390),
    AVL("aVL", "MDC_ECG_LEAD_AVL", 131391),
    AVF("aVF", "MDC_ECG_LEAD_AVF", 131392),
    V1("V1", "MDC_ECG_LEAD_V1", 131331),
    V2("V2", "MDC_ECG_LEAD_V2", 131332),
    V3("V3", "MDC_ECG_LEAD_V3", 131333),
    V4("V4", "MDC_ECG_LEAD_V4", 131334),
    V5("V5", "MDC_ECG_LEAD_V5", 131335),
    V6("V6", "MDC_ECG_LEAD_V6", 131336);

    private final String label;
    private final String mdc;
    private final int mdcCode;

    Lead(String label, String mdc, int mdcCode) {
        this.label = label;
        this.mdc = mdc;
        this.mdcCode = mdcCode;
    }

    /** The lead's name as printed on an ECG (I, aVR, V1 …): the same in every language. */
    public String label() {
        return label;
    }

    public String mdc() {
        return mdc;
    }

    public int mdcCode() {
        return mdcCode;
    }

    /** The lead with this MDC reference id, if it is one of the twelve. */
    public static Optional<Lead> ofMdc(String code) {
        for (Lead lead : values()) {
            if (lead.mdc.equals(code)) {
                return Optional.of(lead);
            }
        }
        return Optional.empty();
    }

    /** The lead with this printed name (I, aVF, V2 …). */
    public static Optional<Lead> ofLabel(String label) {
        for (Lead lead : values()) {
            if (lead.label.equalsIgnoreCase(label)) {
                return Optional.of(lead);
            }
        }
        return Optional.empty();
    }
}
