package org.regionalhealth.vaccination.clinic;

/** Where a visit stands in the one-stop flow (登记—预检—知情同意—缴费—接种—留观). */
public enum VisitState {
    BOOKED,
    WAITING,
    CHECKED,
    DEFERRED,
    CONSENTED,
    OBSERVING,
    DONE,
    CANCELLED
}
