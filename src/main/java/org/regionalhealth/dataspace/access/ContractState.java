package org.regionalhealth.dataspace.access;

/** A contract's state at a moment, computed from its dates, uses and revocation. Labels: {@code enum.ContractState.<NAME>}. */
public enum ContractState {
    ACTIVE,
    EXPIRED,
    EXHAUSTED,
    REVOKED
}
