package org.regionalhealth.eldercare;

/** A family sickbed is open (在床) from admission (建床) until discharge (撤床). */
public enum HomeBedState {
    OPEN,
    DISCHARGED
}
