package org.regionalhealth.surveillance.response;

/** Sends a short message to a phone (the CDC duty phone). Production plugs in the operator's gateway here. */
public interface SmsPort {

    void send(long signalId, String recipient, String text);
}
