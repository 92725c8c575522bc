package org.regionalhealth.dataspace.privacy;

/**
 * A column of a table the data space may release.
 *
 * @param key stable name of the field (the catalogue's field kind)
 * @param label Chinese header of the column
 * @param role its part in re-identification
 * @param hierarchy how it is generalised ({@link Hierarchy#NONE} for all but quasi-identifiers)
 */
public record Column(String key, String label, FieldRole role, Hierarchy hierarchy) {

    public boolean quasi() {
        return role == FieldRole.QUASI_IDENTIFIER;
    }

    public boolean direct() {
        return role == FieldRole.DIRECT_IDENTIFIER;
    }
}
