package org.regionalhealth.vaccination.campaign;

import org.jspecify.annotations.Nullable;

/**
 * The SMS port of the vaccination campaigns. The platform has no shared SMS port yet (familydoctor and surveillance
 * each keep their own), so this module keeps one as well; the district's SMS gateway plugs in here as a bean. The
 * default {@link SimulatedSmsSender} sends nothing.
 */
public interface SmsSender {

    /** The gateway's answer: a message id when accepted, otherwise the reason in Chinese. */
    record Result(boolean accepted, @Nullable String messageId, @Nullable String failure) {

        public static Result sent(String messageId) {
            return new Result(true, messageId, null);
        }

        public static Result failed(String failure) {
            return new Result(false, null, failure);
        }
    }

    Result send(String phone, String text);
}
