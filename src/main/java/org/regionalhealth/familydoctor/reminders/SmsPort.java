package org.regionalhealth.familydoctor.reminders;

/**
 * Sends a text message. The district's SMS gateway (or a WeChat template-message service, WS/T 790.18) plugs in here;
 * the platform ships {@link LoggingSmsConfiguration}, which only logs, so nothing leaves the machine by accident.
 */
public interface SmsPort {

    /** @return the gateway's message id */
    String send(String phone, String text);
}
