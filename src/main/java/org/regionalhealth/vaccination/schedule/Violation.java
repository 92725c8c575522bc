package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why a dose may not be given on a day; the clinic shows the message {@code vaccination.violation.<code>} with the
 * series label and the earliest day.
 */
public record Violation(Code code, String series, @Nullable LocalDate earliest) {

    public enum Code {
        UNKNOWN_PRODUCT,
        NOT_ELIGIBLE,
        SERIES_COMPLETE,
        AGED_OUT,
        TOO_YOUNG,
        TOO_SOON,
        LIVE_VACCINE_28_DAYS
    }
}
