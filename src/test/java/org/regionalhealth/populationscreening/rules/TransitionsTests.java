package org.regionalhealth.populationscreening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.populationscreening.ParticipantState.COMPLETED;
import static org.regionalhealth.populationscreening.ParticipantState.DECLINED;
import static org.regionalhealth.populationscreening.ParticipantState.FOLLOW_UP_DECLINED;
import static org.regionalhealth.populationscreening.ParticipantState.INVITED;
import static org.regionalhealth.populationscreening.ParticipantState.NEGATIVE;
import static org.regionalhealth.populationscreening.ParticipantState.REFERRED;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.populationscreening.ParticipantState;
import org.regionalhealth.populationscreening.rules.Transitions.Step;

/** Every state × every step: exactly the five transitions of the mechanism are allowed. */
class TransitionsTests {

    @Test
    void theFiveAllowedTransitions() {
        assertThat(Transitions.next(INVITED, Step.FIRST_STAGE_NEGATIVE)).contains(NEGATIVE);
        assertThat(Transitions.next(INVITED, Step.FIRST_STAGE_POSITIVE)).contains(REFERRED);
        assertThat(Transitions.next(INVITED, Step.DECLINE)).contains(DECLINED);
        assertThat(Transitions.next(REFERRED, Step.FOLLOW_UP)).contains(COMPLETED);
        assertThat(Transitions.next(REFERRED, Step.DECLINE)).contains(FOLLOW_UP_DECLINED);
    }

    @Test
    void everythingElseIsRefused() {
        var allowed = new ArrayList<String>();
        for (var state : ParticipantState.values()) {
            for (var step : Step.values()) {
                Transitions.next(state, step).ifPresent(to -> allowed.add(state + "-" + step + "→" + to));
            }
        }
        assertThat(allowed).hasSize(5);
        for (var terminal : List.of(NEGATIVE, DECLINED, COMPLETED, FOLLOW_UP_DECLINED)) {
            for (var step : Step.values()) {
                assertThat(Transitions.next(terminal, step)).isEmpty();
            }
        }
        assertThat(Transitions.next(INVITED, Step.FOLLOW_UP)).isEmpty();
        assertThat(Transitions.next(REFERRED, Step.FIRST_STAGE_POSITIVE)).isEmpty();
    }

    @Test
    void positiveStatesCountAsScreened() {
        assertThat(REFERRED.positive()).isTrue();
        assertThat(COMPLETED.screened()).isTrue();
        assertThat(NEGATIVE.screened()).isTrue();
        assertThat(NEGATIVE.positive()).isFalse();
        assertThat(INVITED.screened()).isFalse();
        assertThat(DECLINED.screened()).isFalse();
    }
}
