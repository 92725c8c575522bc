package org.regionalhealth.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Monthly checks and expiry warnings at their boundaries: the day before, on and after (issue 20). */
class AedCareRulesTests {

    static final AedCareRules RULES = new AedCareRules(31, 30, "test");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static Aed aed(LocalDate pad, LocalDate battery, LocalDate lastInspection, AedStatus status) {
        return new Aed(
                1,
                "330109001",
                30.16,
                120.26,
                "测试馆",
                BuildingType.SCHOOL,
                "1F",
                "大厅",
                AccessHours.roundTheClock(),
                "单位",
                "0571-1",
                "M",
                "S",
                pad,
                battery,
                lastInspection,
                status);
    }

    @Test
    void aCheckCoversThirtyOneDaysThenTheDeviceIsOverdue() {
        assertThat(RULES.inspectionOverdue(TODAY.minusDays(30), TODAY)).isFalse();
        assertThat(RULES.inspectionOverdue(TODAY.minusDays(31), TODAY)).isFalse();
        assertThat(RULES.inspectionOverdue(TODAY.minusDays(32), TODAY)).isTrue();
        assertThat(RULES.inspectionOverdue(null, TODAY)).isTrue();
        assertThat(RULES.nextInspectionDue(TODAY)).isEqualTo(TODAY.plusDays(31));
    }

    @Test
    void anExpiryWithinThirtyDaysIsAnnouncedTheExpiryDayIncluded() {
        assertThat(RULES.expiringSoon(TODAY.plusDays(29), TODAY)).isTrue();
        assertThat(RULES.expiringSoon(TODAY.plusDays(30), TODAY)).isTrue();
        assertThat(RULES.expiringSoon(TODAY.plusDays(31), TODAY)).isFalse();
        assertThat(RULES.expiringSoon(TODAY, TODAY)).isTrue();
        // expired yesterday: not "expiring" but expired
        assertThat(RULES.expiringSoon(TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void theConditionTakesTheMostUrgentNeed() {
        var far = TODAY.plusYears(2);
        var checked = TODAY.minusDays(5);
        assertThat(AedCondition.of(aed(far, far, checked, AedStatus.IN_SERVICE), TODAY, RULES))
                .isEqualTo(AedCondition.READY);
        assertThat(AedCondition.of(aed(TODAY.plusDays(30), far, checked, AedStatus.IN_SERVICE), TODAY, RULES))
                .isEqualTo(AedCondition.EXPIRING);
        assertThat(AedCondition.of(
                        aed(far, TODAY.plusDays(10), TODAY.minusDays(40), AedStatus.IN_SERVICE), TODAY, RULES))
                .isEqualTo(AedCondition.INSPECTION_OVERDUE);
        assertThat(AedCondition.of(aed(TODAY, far, checked, AedStatus.IN_SERVICE), TODAY, RULES))
                .isEqualTo(AedCondition.EXPIRING);
        assertThat(AedCondition.of(
                        aed(TODAY.minusDays(1), far, TODAY.minusDays(40), AedStatus.IN_SERVICE), TODAY, RULES))
                .isEqualTo(AedCondition.EXPIRED);
        assertThat(AedCondition.of(aed(TODAY.minusDays(1), far, checked, AedStatus.MAINTENANCE), TODAY, RULES))
                .isEqualTo(AedCondition.MAINTENANCE);
        assertThat(AedCondition.of(aed(TODAY.minusDays(1), far, checked, AedStatus.RETIRED), TODAY, RULES))
                .isEqualTo(AedCondition.RETIRED);
    }
}
