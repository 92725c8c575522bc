package org.regionalhealth.reviewcenter.submission;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.regionalhealth.platform.PlatformException;

/** A prescription dated in the future (beyond the clock skew) or past its validity is refused before screening. */
class IssueDateTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final Duration SKEW = Duration.ofMinutes(10);
    // 2026-12-01 23:55 in the district
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T15:55:00Z"), DISTRICT);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static void check(LocalDate issuedOn, Integer validity, Clock clock) {
        IssueDates.checkIssueDate(issuedOn, validity, clock, SKEW);
    }

    @Test
    void todayPassesTomorrowIsRefusedUnlessWithinTheClockSkewOfMidnight() {
        Clock early = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), DISTRICT);
        assertThatCode(() -> check(TODAY, null, early)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(TODAY.plusDays(1), null, early))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("未来日期");
        // 23:55: a HIS clock 5 minutes fast already writes tomorrow, within the 10-minute skew
        assertThatCode(() -> check(TODAY.plusDays(1), null, CLOCK)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(TODAY.plusDays(2), null, CLOCK)).isInstanceOf(PlatformException.class);
    }

    @Test
    void aPrescriptionIsValidOnItsDayOrUpToThreeDaysWhenTheDoctorExtendedIt() {
        Clock noon = Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), DISTRICT);
        assertThatThrownBy(() -> check(TODAY.minusDays(1), null, noon))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("已过期");
        assertThatCode(() -> check(TODAY.minusDays(1), 2, noon)).doesNotThrowAnyException();
        assertThatCode(() -> check(TODAY.minusDays(2), 3, noon)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(TODAY.minusDays(3), 3, noon)).isInstanceOf(PlatformException.class);
        // a validity over 3 days counts as 3 (the screening rule VALIDITY flags the over-long validity itself)
        assertThatThrownBy(() -> check(TODAY.minusDays(3), 7, noon)).isInstanceOf(PlatformException.class);
    }
}
