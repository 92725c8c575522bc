package org.regionalhealth.emergency;

import java.time.Instant;

/**
 * An out-of-hospital cardiac arrest was registered (published in the registering transaction); no personal data.
 *
 * @param success resuscitation attempted and survived the event (sustained ROSC to hospital handover)
 */
public record CardiacArrestRegistered(
        long arrestId,
        String townCode,
        Instant callAt,
        boolean resuscitationAttempted,
        boolean bystanderCpr,
        boolean bystanderAed,
        boolean success) {}
