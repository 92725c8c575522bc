package org.regionalhealth.ecg.callback;

import java.time.Instant;

/** One recorded step of a call-back: what, when, by whom. */
public record StepEntry(CallBackStep step, Instant at, String byName) {}
