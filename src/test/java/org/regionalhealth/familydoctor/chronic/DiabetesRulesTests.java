package org.regionalhealth.familydoctor.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every boundary of the type 2 diabetes rules (国家基本公共卫生服务规范（第三版）, 2017; research §2.2). */
class DiabetesRulesTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    final DiabetesRules rules = new DiabetesRules(DiabetesRuleSet.NBPHS_2017);

    @ParameterizedTest(name = "FPG {0} → {1}")
    @CsvSource({
        "3.9, EMERGENCY_REFERRAL",
        "4.0, ROUTINE",
        "6.9, ROUTINE",
        "7.0, RECHECK_IN_TWO_WEEKS",
        "16.6, RECHECK_IN_TWO_WEEKS",
        "16.7, EMERGENCY_REFERRAL",
    })
    void glucoseBoundaries(String glucose, FollowUpAction expected) {
        var outcome = rules.classify(DiabetesVisit.of(DAY, glucose, false));
        assertThat(outcome.action()).isEqualTo(expected);
        if (expected == FollowUpAction.EMERGENCY_REFERRAL) {
            assertThat(outcome.referralCheckDue()).isEqualTo(DAY.plusDays(14));
        }
    }

    @Test
    void sevenIsNotControlledAndSixNineIs() {
        assertThat(rules.classify(DiabetesVisit.of(DAY, "7.0", false)).visitClass())
                .isEqualTo(VisitClass.UNCONTROLLED);
        assertThat(rules.classify(DiabetesVisit.of(DAY, "6.9", false)).visitClass())
                .isEqualTo(VisitClass.CONTROLLED);
    }

    @Test
    void twoUncontrolledInARowAreReferred() {
        var outcome = rules.classify(DiabetesVisit.of(DAY, "8.2", true));
        assertThat(outcome.action()).isEqualTo(FollowUpAction.REFER);
        assertThat(outcome.nextDue()).isEqualTo(DAY.plusDays(14));
    }

    @ParameterizedTest(name = "BP {0}/{1}, HR {2}, T {3} → emergency {4}")
    @CsvSource({
        "179, 109, 100, 39.0, false",
        "180, 80, 80, 36.5, true",
        "130, 110, 80, 36.5, true",
        "130, 80, 101, 36.5, true",
        "130, 80, 80, 39.1, true",
    })
    void otherEmergencyCriteria(int sbp, int dbp, int hr, String temperature, boolean emergency) {
        var visit = new DiabetesVisit(
                DAY,
                new BigDecimal("6.5"),
                sbp,
                dbp,
                hr,
                new BigDecimal(temperature),
                false,
                false,
                false,
                Set.of(),
                false);
        assertThat(rules.classify(visit).action() == FollowUpAction.EMERGENCY_REFERRAL)
                .isEqualTo(emergency);
    }
}
