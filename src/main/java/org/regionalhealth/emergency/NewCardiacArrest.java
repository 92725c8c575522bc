package org.regionalhealth.emergency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What is registered about an arrest; fields as in {@link CardiacArrest}. */
public record NewCardiacArrest(
        String townCode,
        Instant callAt,
        @Nullable Integer age,
        String sex,
        ArrestLocation location,
        Witnessed witnessed,
        Aetiology aetiology,
        boolean resuscitationAttempted,
        boolean dispatcherRecognised,
        boolean bystanderCpr,
        boolean bystanderAed,
        @Nullable Long aedId,
        int shocks,
        FirstRhythm firstRhythm,
        @Nullable Integer responseMinutes,
        boolean anyRosc,
        boolean survivedEvent,
        @Nullable Boolean survivedDischarge,
        @Nullable Integer cpc,
        @Nullable String rescuerName,
        @Nullable String rescuerPhone) {}
