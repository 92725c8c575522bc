package org.regionalhealth.surveillance.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The analyst API of the detection engine: one detector over one series, R's control-list parameter names. */
@RestController
@RequestMapping("/api/surveillance")
@Tag(name = "传染病预警 Surveillance")
class DetectionApiController {

    private final AnalystDetection detection;

    DetectionApiController(AnalystDetection detection) {
        this.detection = detection;
    }

    @PostMapping("/detect")
    @PreAuthorize("hasAnyRole('CDC_OFFICER','DISTRICT_ADMIN')")
    @Operation(
            summary = "Run one outbreak detector over a count series",
            description = "algorithm: farringtonFlexible | earsC1 | earsC2 | earsC3 | mpm | ewma | cusum |"
                    + " fixedThreshold; parameters named as in R surveillance control lists; frequency 52 | 365 | 12;"
                    + " optional dates; optional 1-based range. Returns every evaluated point with R's NA as null.")
    DetectResponse detect(@RequestBody DetectRequest request) {
        return detection.detect(request);
    }
}
