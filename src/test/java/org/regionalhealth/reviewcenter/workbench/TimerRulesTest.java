package org.regionalhealth.reviewcenter.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutAction;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutPolicy;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Verdict;

/** The small rules of the workflow: verdict → state, working hours, webhook backoff, default SLAs. */
class TimerRulesTest {

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    @Test
    void theVerdictDecidesTheFirstState() {
        assertThat(ReviewState.after(Verdict.Status.SCREENED, Action.PASS)).isEqualTo(ReviewState.PASSED);
        assertThat(ReviewState.after(Verdict.Status.SCREENED, Action.NOTICE)).isEqualTo(ReviewState.PASSED);
        assertThat(ReviewState.after(Verdict.Status.SCREENED, Action.BLOCK_OVERRIDABLE))
                .isEqualTo(ReviewState.AWAITING_SIGNATURE);
        assertThat(ReviewState.after(Verdict.Status.SCREENED, Action.PHARMACIST_REVIEW))
                .isEqualTo(ReviewState.QUEUED);
        assertThat(ReviewState.after(Verdict.Status.SCREENED, Action.REJECT)).isEqualTo(ReviewState.REJECTED);
        // never a silent pass
        assertThat(ReviewState.after(Verdict.Status.UNSCREENED, Action.PASS)).isEqualTo(ReviewState.QUEUED);
    }

    static java.time.Instant shanghai(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 23, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void workingHoursAreLocalTimeAndMayCrossMidnight() {
        var day = new TimeoutPolicy(
                TimeoutAction.RETURN, TimeoutAction.AUTO_PASS, LocalTime.of(8, 0), LocalTime.of(17, 30));
        assertThat(ReviewPools.offHours(day, shanghai(7, 59), SHANGHAI)).isTrue();
        assertThat(ReviewPools.offHours(day, shanghai(8, 0), SHANGHAI)).isFalse();
        assertThat(ReviewPools.offHours(day, shanghai(17, 29), SHANGHAI)).isFalse();
        assertThat(ReviewPools.offHours(day, shanghai(17, 30), SHANGHAI)).isTrue();
        var night =
                new TimeoutPolicy(TimeoutAction.RETURN, TimeoutAction.RETURN, LocalTime.of(20, 0), LocalTime.of(8, 0));
        assertThat(ReviewPools.offHours(night, shanghai(23, 0), SHANGHAI)).isFalse();
        assertThat(ReviewPools.offHours(night, shanghai(3, 0), SHANGHAI)).isFalse();
        assertThat(ReviewPools.offHours(night, shanghai(12, 0), SHANGHAI)).isTrue();
    }

    @Test
    void webhookRetriesBackOffExponentiallyUpToTheCap() {
        var deliverer = new WebhookDeliverer(null, ReviewCenterProperties.defaults(), java.time.Clock.systemUTC());
        assertThat(deliverer.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(deliverer.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(deliverer.backoff(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(deliverer.backoff(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theDistrictPoolSettingPutsEveryInstitutionInOnePool() {
        var district = new ReviewCenterProperties(
                null, null, new ReviewCenterProperties.Workbench(true, null, null, null, null, null, null), null, null);
        assertThat(new ReviewPools(null, null, district).poolOf(42)).isEqualTo(ReviewPools.DISTRICT);
    }

    @Test
    void defaultSlasFollowTheIssue() {
        var settings = ReviewCenterProperties.defaults().workbench();
        assertThat(settings.sla().get(Setting.EMERGENCY)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.sla().get(Setting.OUTPATIENT)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.sla().get(Setting.INPATIENT)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.timeout().onTimeout()).isEqualTo(TimeoutAction.RETURN);
        assertThat(settings.timeout().offHours()).isEqualTo(TimeoutAction.AUTO_PASS);
    }
}
