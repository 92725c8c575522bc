package org.regionalhealth.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.org.UnitType;

/** Tier → action per medical community, institution type and setting (issue 3 §3): the most specific policy wins. */
class ActionPoliciesTest {

    static final ScreeningProperties SETTINGS = new ScreeningProperties(
            Map.of(Tier.T1, Action.PASS),
            List.of(
                    new ScreeningProperties.ActionPolicy(null, UnitType.STATION, null, Map.of(Tier.T2, Action.NOTICE)),
                    new ScreeningProperties.ActionPolicy(
                            "MC02", UnitType.STATION, Setting.EMERGENCY, Map.of(Tier.T2, Action.PHARMACIST_REVIEW)),
                    new ScreeningProperties.ActionPolicy("MC02", null, null, Map.of(Tier.T3, Action.REJECT))),
            null,
            null,
            null,
            null);

    @Test
    void districtDefaultsApplyWhereNoPolicyMatches() {
        var actions = SETTINGS.actionsFor("MC01", UnitType.HOSPITAL, Setting.OUTPATIENT);
        assertThat(actions)
                .containsEntry(Tier.T1, Action.PASS) // the district override
                .containsEntry(Tier.T2, Action.BLOCK_OVERRIDABLE) // research §3.5 default
                .containsEntry(Tier.T4, Action.REJECT);
    }

    @Test
    void anInstitutionTypePolicyAppliesInEveryMedicalCommunity() {
        assertThat(SETTINGS.actionsFor("MC01", UnitType.STATION, Setting.OUTPATIENT))
                .containsEntry(Tier.T2, Action.NOTICE);
    }

    @Test
    void theMostSpecificPolicyWinsAndLessSpecificOnesStillFillTheRest() {
        var actions = SETTINGS.actionsFor("MC02", UnitType.STATION, Setting.EMERGENCY);
        assertThat(actions)
                .containsEntry(Tier.T2, Action.PHARMACIST_REVIEW) // three fields beat one
                .containsEntry(Tier.T3, Action.REJECT); // the medical-community policy
    }

    @Test
    void anUnknownInstitutionGetsTheDistrictMapping() {
        assertThat(SETTINGS.actionsFor(null, null, Setting.INPATIENT)).isEqualTo(SETTINGS.actions());
    }
}
