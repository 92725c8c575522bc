package org.regionalhealth.familydoctor.indicators;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionalhealth.familydoctor.FamilyDoctorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly indicator job ({@code rhp.familydoctor.recompute-cron}, {@link FamilyDoctorProperties}): the open
 * periods every night; on the first day of a quarter everything, so the quarter just closed gets its last day too.
 * An administrator can also start it from the indicator page; one job runs at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class RecomputeSchedule {

    private static final Logger log = LoggerFactory.getLogger(RecomputeSchedule.class);

    private final IndicatorCalculation calculation;
    private final RecomputeProgress progress;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService onDemand = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "indicator-on-demand");
        t.setDaemon(true);
        return t;
    });

    private final Clock clock;

    RecomputeSchedule(IndicatorCalculation calculation, RecomputeProgress progress, Clock clock) {
        this.clock = clock;
        this.calculation = calculation;
        this.progress = progress;
    }

    @Scheduled(
            cron = "${rhp.familydoctor.recompute-cron:" + FamilyDoctorProperties.DEFAULT_RECOMPUTE_CRON + "}",
            zone = "${rhp.platform.zone:Asia/Shanghai}")
    @SchedulerLock(name = "familydoctor.indicator-recompute", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void nightly() {
        run(LocalDate.now(clock));
    }

    /**
     * Starts the job in the background unless one is running; the progress shows it running from this call on, so
     * the page that asked never shows the previous run as the answer.
     */
    public boolean startNow() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        progress.start("QUEUED", IndicatorCalculation.STEPS);
        onDemand.submit(() -> runClaimed(LocalDate.now(clock)));
        return true;
    }

    void run(LocalDate today) {
        if (!running.compareAndSet(false, true)) {
            log.info("Indicator job skipped: one is running");
            return;
        }
        runClaimed(today);
    }

    private void runClaimed(LocalDate today) {
        try {
            if (firstDayOfQuarter(today)) {
                calculation.recomputeAll(today);
            } else {
                calculation.recomputeCurrent(today);
            }
        } catch (RuntimeException e) {
            log.error("Indicator job failed", e);
        } finally {
            running.set(false);
        }
    }

    @PreDestroy
    void stop() {
        onDemand.shutdownNow();
    }

    static boolean firstDayOfQuarter(LocalDate day) {
        return day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % 3 == 0;
    }
}
