package org.regionalhealth.emergency.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.emergency.Aetiology;
import org.regionalhealth.emergency.ArrestLocation;
import org.regionalhealth.emergency.CardiacArrest;
import org.regionalhealth.emergency.FirstRhythm;
import org.regionalhealth.emergency.Witnessed;

/** The reward rule as data: loaded with its source; each condition needed (issue 20). */
class RewardRuleTests {

    static CardiacArrest arrest(boolean attempted, boolean aed, boolean event, String rescuer) {
        return new CardiacArrest(
                1,
                "330109001",
                Instant.parse("2025-05-01T02:00:00Z"),
                50,
                "M",
                ArrestLocation.PUBLIC,
                Witnessed.BYSTANDER,
                Aetiology.MEDICAL,
                attempted,
                true,
                true,
                aed,
                null,
                1,
                FirstRhythm.SHOCKABLE,
                8,
                event,
                event,
                null,
                null,
                rescuer,
                null);
    }

    @Test
    void theRuleFileLoadsWithItsSourceAndIsMarkedUnconfirmed() {
        var rules = RewardFund.load();
        assertThat(rules).hasSize(1);
        var rule = rules.get(0);
        assertThat(rule.amount()).isEqualByComparingTo(new BigDecimal("2000"));
        assertThat(rule.validFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(rule.source()).contains("奖励基金").contains("待核实");
        assertThat(rule.confirmed()).isFalse();
    }

    @Test
    void everyConditionIsNeeded() {
        var rule = RewardFund.load().get(0);
        assertThat(rule.eligible(arrest(true, true, true, "王伟"))).isTrue();
        assertThat(rule.eligible(arrest(false, true, true, "王伟"))).isFalse();
        assertThat(rule.eligible(arrest(true, false, true, "王伟"))).isFalse();
        assertThat(rule.eligible(arrest(true, true, false, "王伟"))).isFalse();
        assertThat(rule.eligible(arrest(true, true, true, " "))).isFalse();
        assertThat(rule.eligible(arrest(true, true, true, null))).isFalse();
    }
}
