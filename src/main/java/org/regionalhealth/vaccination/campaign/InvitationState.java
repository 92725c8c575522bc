package org.regionalhealth.vaccination.campaign;

/** Where an invitation stands in the outbox. */
public enum InvitationState {
    PENDING,
    SENT,
    FAILED
}
