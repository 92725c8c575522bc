package org.regionalhealth.familydoctor.indicators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where the running (or last) district recomputation is, for the indicator page: a job of several seconds shows how
 * many of its steps are done instead of leaving the figures silently stale. Steps may finish on two connections at
 * once, so a step reports itself when it ends. Held in memory: it describes this instance's job.
 */
@Component
public class RecomputeProgress {

    private static final Logger log = LoggerFactory.getLogger(RecomputeProgress.class);

    /** A snapshot: {@code state} RUNNING, DONE or FAILED; {@code done} of {@code steps} finished, the last one named. */
    public record Status(
            String job,
            String state,
            int done,
            int steps,
            String lastStep,
            Instant startedAt,
            Instant finishedAt,
            Long millis,
            String error) {

        public int percent() {
            return state.equals("DONE") ? 100 : done * 100 / Math.max(1, steps);
        }

        public boolean running() {
            return state.equals("RUNNING");
        }
    }

    private final AtomicReference<Status> current = new AtomicReference<>();
    private final Clock clock;

    RecomputeProgress(Clock clock) {
        this.clock = clock;
    }

    void start(String job, int steps) {
        current.set(new Status(job, "RUNNING", 0, steps, "", Instant.now(clock), null, null, null));
    }

    /** A step ended; its time goes to the log so a slow night can be traced to its statement. */
    void done(String step, Duration took) {
        var s = current.updateAndGet(c -> c == null || !c.running()
                ? c
                : new Status(c.job(), c.state(), c.done() + 1, c.steps(), step, c.startedAt(), null, null, null));
        log.info("Indicator job {} step {} took {} ms", s == null ? "-" : s.job(), step, took.toMillis());
    }

    void finish(Duration took) {
        current.updateAndGet(c -> c == null
                ? null
                : new Status(
                        c.job(),
                        "DONE",
                        c.steps(),
                        c.steps(),
                        c.lastStep(),
                        c.startedAt(),
                        Instant.now(clock),
                        took.toMillis(),
                        null));
    }

    void fail(Exception e) {
        current.updateAndGet(c -> c == null
                ? null
                : new Status(
                        c.job(),
                        "FAILED",
                        c.done(),
                        c.steps(),
                        c.lastStep(),
                        c.startedAt(),
                        Instant.now(clock),
                        null,
                        e.getClass().getSimpleName()));
    }

    public Optional<Status> status() {
        return Optional.ofNullable(current.get());
    }
}
