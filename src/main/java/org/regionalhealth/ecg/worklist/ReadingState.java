package org.regionalhealth.ecg.worklist;

/** Where an ECG is in the reading centre. */
public enum ReadingState {
    QUEUED,
    CLAIMED,
    REPORTED
}
