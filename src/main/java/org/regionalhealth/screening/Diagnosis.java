package org.regionalhealth.screening;

/**
 * A diagnosis.
 *
 * @param icd10 ICD-10 code (国家临床版 or 医保版), e.g. {@code J45.9}; may be {@code null} when only text is known
 * @param text the diagnosis as written
 */
public record Diagnosis(String icd10, String text) {

    public static Diagnosis of(String icd10, String text) {
        return new Diagnosis(icd10, text);
    }

    /** Whether the code starts with the prefix, ignoring case and the dot ({@code J45} matches {@code J45.901}). */
    public boolean hasCodePrefix(String prefix) {
        if (icd10 == null || prefix == null) {
            return false;
        }
        String code = icd10.replace(".", "").toUpperCase(java.util.Locale.ROOT);
        String p = prefix.replace(".", "").toUpperCase(java.util.Locale.ROOT);
        return code.startsWith(p);
    }
}
