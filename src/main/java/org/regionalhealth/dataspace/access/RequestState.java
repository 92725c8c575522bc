package org.regionalhealth.dataspace.access;

/** Labels: {@code enum.RequestState.<NAME>}. */
public enum RequestState {
    SUBMITTED,
    APPROVED,
    REJECTED
}
