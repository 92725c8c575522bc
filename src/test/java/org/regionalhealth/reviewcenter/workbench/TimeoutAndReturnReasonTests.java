package org.regionalhealth.reviewcenter.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutAction;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutPolicy;
import org.regionalhealth.reviewcenter.workbench.TimeoutSweeper.Timeout;

/** What a timeout does (shared by the sweeper and the demo year) and the return reason of a rule's finding. */
class TimeoutAndReturnReasonTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TimeoutPolicy POLICY =
            new TimeoutPolicy(TimeoutAction.RETURN, TimeoutAction.AUTO_PASS, LocalTime.of(8, 0), LocalTime.of(17, 30));

    private static Instant at(int hour, int minute) {
        return LocalDateTime.of(2026, 12, 5, hour, minute).atZone(ZONE).toInstant();
    }

    @Test
    void withinWorkingHoursTheTimeoutReturnsWithTheWorkflowsReasons() {
        Timeout t = Timeout.of(POLICY, at(17, 29), ZONE, false);
        assertThat(t.offHours()).isFalse();
        assertThat(t.kind()).isEqualTo(EventKind.TIMEOUT);
        assertThat(t.to()).isEqualTo(ReviewState.RETURNED);
        assertThat(t.outcome()).isEqualTo(TaskOutcome.TIMEOUT_RETURNED);
        assertThat(t.reasons()).containsExactly("TIMEOUT", "RETURN");
    }

    @Test
    void atTheEndOfWorkingHoursTheOffHoursActionApplies() {
        // a Saturday counts as a working day: working hours are a time of day, every day of the week
        Timeout t = Timeout.of(POLICY, at(17, 30), ZONE, false);
        assertThat(t.offHours()).isTrue();
        assertThat(t.kind()).isEqualTo(EventKind.AUTO_PASSED);
        assertThat(t.to()).isEqualTo(ReviewState.APPROVED);
        assertThat(t.outcome()).isEqualTo(TaskOutcome.TIMEOUT_PASSED);
        assertThat(t.reasons()).containsExactly("TIMEOUT", "AUTO_PASS");
        assertThat(t.message()).endsWith("（非工作时间）");
    }

    @Test
    void anEscalatedTaskThatTimesOutAgainIsReturned() {
        TimeoutPolicy escalate = new TimeoutPolicy(TimeoutAction.ESCALATE, TimeoutAction.ESCALATE, null, null);
        Timeout first = Timeout.of(escalate, at(10, 0), ZONE, false);
        assertThat(first.to()).isEqualTo(ReviewState.ESCALATED);
        assertThat(first.outcome()).isNull();
        assertThat(Timeout.of(escalate, at(10, 0), ZONE, true).to()).isEqualTo(ReviewState.RETURNED);
    }

    @Test
    void everyRuleMapsToAReasonAPharmacistCanChoose() {
        assertThat(ReturnReason.forRule("DDI")).isEqualTo(ReturnReason.INTERACTION);
        assertThat(ReturnReason.forRule("DOSE_SINGLE")).isEqualTo(ReturnReason.DOSE);
        assertThat(ReturnReason.forRule("QTY_OVER_7D")).isEqualTo(ReturnReason.SUPPLY);
        assertThat(ReturnReason.forRule("PSY2_OVER_7D")).isEqualTo(ReturnReason.SUPPLY);
        assertThat(ReturnReason.forRule("NORM_NO_DIAGNOSIS")).isEqualTo(ReturnReason.DIAGNOSIS);
        assertThat(ReturnReason.forRule("NORM_VAGUE_USAGE")).isEqualTo(ReturnReason.FORMAT);
        assertThat(ReturnReason.forRule("DUP_INGREDIENT")).isEqualTo(ReturnReason.DUPLICATE);
        assertThat(ReturnReason.forRule("ALLERGY")).isEqualTo(ReturnReason.CONTRAINDICATION);
        assertThat(ReturnReason.forRule("LEGAL_PRESCRIBER_RIGHT")).isEqualTo(ReturnReason.PRESCRIBING_RIGHT);
        assertThat(ReturnReason.forRule("")).isEqualTo(ReturnReason.DRUG_CHOICE);
        for (String rule : new String[] {"DDI", "TCM_18FAN", "ROUTE_FORM_MISMATCH", "PIM", "ABX_UNGRADED", ""}) {
            assertThat(ReturnReason.forPharmacists()).contains(ReturnReason.forRule(rule));
        }
    }
}
