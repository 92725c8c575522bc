package org.regionalhealth.surveillance.signals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.PlatformException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs the daily statistical detection on demand (e.g. after a late batch of counts). */
@RestController
@RequestMapping("/api/surveillance/detection")
@Tag(name = "传染病预警 Surveillance")
@PreAuthorize("hasAnyRole('CDC_OFFICER','DISTRICT_ADMIN')")
class DetectionRunApiController {

    private final DailyDetection detection;

    private final Clock clock;

    DetectionRunApiController(DailyDetection detection, Clock clock) {
        this.clock = clock;
        this.detection = detection;
    }

    @PostMapping("/run")
    @Operation(summary = "对某日（默认今日）运行全部汇总序列的统计探测")
    DailyDetection.Run run(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        LocalDate d = day == null ? LocalDate.now(clock) : day;
        if (d.isAfter(LocalDate.now(clock))) {
            throw PlatformException.invalidField("future-day", "day", "不能对未来日期运行探测");
        }
        return detection.run(d, Instant.now(clock), false);
    }
}
