package org.regionalhealth.familydoctor.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every boundary of the hypertension rules (国家基本公共卫生服务规范（第三版）, 2017; research §2.1). */
class HypertensionRulesTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    final HypertensionRules norms = new HypertensionRules(HypertensionRuleSet.NBPHS_2017);
    final HypertensionRules guideline = new HypertensionRules(HypertensionRuleSet.PRIMARY_GUIDELINE_2020);

    @ParameterizedTest(name = "age {0}: {1}/{2} → {3}")
    @CsvSource({
        "50, 139, 89, CONTROLLED",
        "50, 140, 89, UNCONTROLLED",
        "50, 139, 90, UNCONTROLLED",
        "64, 145, 85, UNCONTROLLED",
        "65, 145, 85, CONTROLLED",
        "65, 149, 89, CONTROLLED",
        "65, 150, 89, UNCONTROLLED",
        "65, 149, 90, UNCONTROLLED",
    })
    void controlTargetsOfTheNorms(int age, int sbp, int dbp, VisitClass expected) {
        var outcome = norms.classify(HypertensionVisit.of(DAY, age, sbp, dbp, false));
        assertThat(outcome.visitClass()).isEqualTo(expected);
        assertThat(outcome.ruleSetId()).isEqualTo("NBPHS-2017");
    }

    @ParameterizedTest(name = "guideline, age {0}, DM/CKD {1}: 145/85 → {2}")
    @CsvSource({"65, false, UNCONTROLLED", "79, false, UNCONTROLLED", "80, false, CONTROLLED", "80, true, UNCONTROLLED"
    })
    void theGuidelineRelaxesTheTargetOnlyFrom80WithoutDiabetesOrCkd(int age, boolean dmCkd, VisitClass expected) {
        var visit = new HypertensionVisit(DAY, age, 145, 85, dmCkd, false, false, false, Set.of(), false);
        assertThat(guideline.classify(visit).visitClass()).isEqualTo(expected);
    }

    @Test
    void controlledBooksTheNextRoutineVisitWithinAQuarter() {
        var outcome = norms.classify(HypertensionVisit.of(DAY, 50, 128, 78, false));
        assertThat(outcome.action()).isEqualTo(FollowUpAction.ROUTINE);
        assertThat(outcome.nextDue()).isEqualTo(DAY.plusDays(90));
        assertThat(outcome.referralCheckDue()).isNull();
    }

    @Test
    void aFirstUncontrolledVisitMeansARecheckWithinTwoWeeks() {
        var outcome = norms.classify(HypertensionVisit.of(DAY, 50, 165, 100, false));
        assertThat(outcome.visitClass()).isEqualTo(VisitClass.UNCONTROLLED);
        assertThat(outcome.action()).isEqualTo(FollowUpAction.RECHECK_IN_TWO_WEEKS);
        assertThat(outcome.nextDue()).isEqualTo(DAY.plusDays(14));
        assertThat(outcome.referralCheckDue()).isNull();
    }

    @Test
    void theSecondUncontrolledVisitInARowMeansAReferralCheckedWithinTwoWeeks() {
        var outcome = norms.classify(HypertensionVisit.of(DAY, 50, 160, 98, true));
        assertThat(outcome.action()).isEqualTo(FollowUpAction.REFER);
        assertThat(outcome.referralCheckDue()).isEqualTo(DAY.plusDays(14));
        assertThat(outcome.reasons()).contains("连续两次控制不满意");
    }

    @Test
    void aControlledVisitAfterAnUncontrolledOneIsRoutineAgain() {
        assertThat(norms.classify(HypertensionVisit.of(DAY, 50, 130, 80, true)).action())
                .isEqualTo(FollowUpAction.ROUTINE);
    }

    @Test
    void anAdverseReactionOnTargetStillMeansARecheck() {
        var visit = new HypertensionVisit(DAY, 50, 130, 80, false, false, true, false, Set.of(), false);
        var outcome = norms.classify(visit);
        assertThat(outcome.visitClass()).isEqualTo(VisitClass.ADVERSE_REACTION);
        assertThat(outcome.action()).isEqualTo(FollowUpAction.RECHECK_IN_TWO_WEEKS);
    }

    @Test
    void aNewComplicationIsReferredAtOnce() {
        var visit = new HypertensionVisit(DAY, 50, 130, 80, false, false, false, true, Set.of(), false);
        var outcome = norms.classify(visit);
        assertThat(outcome.visitClass()).isEqualTo(VisitClass.COMPLICATION);
        assertThat(outcome.action()).isEqualTo(FollowUpAction.REFER);
    }

    @ParameterizedTest(name = "{0}/{1} → emergency {2}")
    @CsvSource({
        "179, 109, false",
        "180, 100, true",
        "170, 110, true",
        "180, 110, true",
    })
    void emergencyReferralAt180Or110(int sbp, int dbp, boolean emergency) {
        var outcome = norms.classify(HypertensionVisit.of(DAY, 50, sbp, dbp, false));
        assertThat(outcome.action() == FollowUpAction.EMERGENCY_REFERRAL).isEqualTo(emergency);
        if (emergency) {
            assertThat(outcome.referralCheckDue()).isEqualTo(DAY.plusDays(14));
        }
    }

    @Test
    void aDangerSignIsAnEmergencyWhateverTheReading() {
        var visit = new HypertensionVisit(
                DAY, 50, 130, 80, false, false, false, false, Set.of(DangerSign.BREATHLESS_CANNOT_LIE_FLAT), false);
        assertThat(norms.classify(visit).action()).isEqualTo(FollowUpAction.EMERGENCY_REFERRAL);
    }

    @Test
    void raisedPressureInPregnancyIsAnEmergency() {
        var raised = new HypertensionVisit(DAY, 30, 142, 88, false, true, false, false, Set.of(), false);
        var normal = new HypertensionVisit(DAY, 30, 128, 80, false, true, false, false, Set.of(), false);
        assertThat(norms.classify(raised).action()).isEqualTo(FollowUpAction.EMERGENCY_REFERRAL);
        assertThat(norms.classify(normal).action()).isEqualTo(FollowUpAction.ROUTINE);
    }
}
