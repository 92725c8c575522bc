package org.regionalhealth.populationscreening.rules;

import java.util.Optional;
import org.regionalhealth.populationscreening.ParticipantState;

/**
 * The programme's states and their transitions, the same for every programme:
 *
 * <pre>
 * INVITED ──first stage negative──▶ NEGATIVE
 *    │ └────first stage positive──▶ REFERRED ──diagnostic result──▶ COMPLETED
 *    └─declines─▶ DECLINED              └──────declines────────────▶ FOLLOW_UP_DECLINED
 * </pre>
 *
 * Anything else is refused (409).
 */
public final class Transitions {

    /** What happens to a participant. */
    public enum Step {
        FIRST_STAGE_NEGATIVE,
        FIRST_STAGE_POSITIVE,
        FOLLOW_UP,
        DECLINE
    }

    private Transitions() {}

    public static Optional<ParticipantState> next(ParticipantState from, Step step) {
        return Optional.ofNullable(
                switch (from) {
                    case INVITED ->
                        switch (step) {
                            case FIRST_STAGE_NEGATIVE -> ParticipantState.NEGATIVE;
                            case FIRST_STAGE_POSITIVE -> ParticipantState.REFERRED;
                            case DECLINE -> ParticipantState.DECLINED;
                            case FOLLOW_UP -> null;
                        };
                    case REFERRED ->
                        switch (step) {
                            case FOLLOW_UP -> ParticipantState.COMPLETED;
                            case DECLINE -> ParticipantState.FOLLOW_UP_DECLINED;
                            default -> null;
                        };
                    case DECLINED, NEGATIVE, COMPLETED, FOLLOW_UP_DECLINED -> null;
                });
    }
}
