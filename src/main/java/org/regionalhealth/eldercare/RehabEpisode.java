package org.regionalhealth.eldercare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A home rehabilitation episode (居家康复): started with goals and planned sessions, ended with an outcome. */
public record RehabEpisode(
        long id,
        long residentId,
        String condition,
        String goals,
        String therapist,
        int plannedSessions,
        int sessions,
        LocalDate startedOn,
        boolean active,
        @Nullable LocalDate endedOn,
        @Nullable RehabOutcome outcome,
        @Nullable String endNote) {}
