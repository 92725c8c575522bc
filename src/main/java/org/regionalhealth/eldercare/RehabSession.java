package org.regionalhealth.eldercare;

import java.time.LocalDate;

/** One home rehabilitation session. */
public record RehabSession(
        long id, long episodeId, LocalDate sessionOn, String therapist, String content, int minutes) {}
