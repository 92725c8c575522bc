package org.regionalhealth.populationscreening;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a participant's history: from which state to which, who and when. */
public record Transition(
        @Nullable ParticipantState from, ParticipantState to, String actor, Instant at, @Nullable String note) {}
