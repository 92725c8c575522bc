package org.regionalhealth.dataspace.privacy;

/**
 * The part a field plays in re-identification (GB/T 37964-2019 《个人信息去标识化指南》: 标识符 = 直接标识符 + 准标识符;
 * the rest is the attribute data, some of it sensitive).
 */
public enum FieldRole {
    /** Identifies a person on its own (ID number, name, phone): removed from every release, never requestable. */
    DIRECT_IDENTIFIER,
    /** Identifies a person in combination (age, sex, address, dates): generalised until every group holds k rows. */
    QUASI_IDENTIFIER,
    /** What must not be learnt about a person (diagnosis, results): released only inside k-anonymous groups. */
    SENSITIVE,
    /** Neither. */
    OTHER
}
