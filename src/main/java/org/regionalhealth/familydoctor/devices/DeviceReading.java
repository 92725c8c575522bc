package org.regionalhealth.familydoctor.devices;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A home reading as a device platform uploads it. Readings are data for the clinician, not follow-ups: they never
 * count as a follow-up in 规范管理率 (a device cannot assess symptoms or danger signs, which the 规范 requires at each
 * visit), and they count in the control rate only once a clinician has confirmed them (docs/indicators.md).
 */
public record DeviceReading(
        @NotNull Long residentId,
        @NotNull @Pattern(regexp = "BP|GLUCOSE") String kind,
        @Nullable @Min(50) @Max(300) Integer systolic,
        @Nullable @Min(30) @Max(200) Integer diastolic,
        @Nullable @Min(20) @Max(250) Integer heartRate,
        @Nullable @DecimalMin("1.0") @DecimalMax("40.0") BigDecimal glucose,
        @NotNull OffsetDateTime measuredAt,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String deviceId,
        @NotNull @Pattern(regexp = "DEVICE_BLUETOOTH|DEVICE_4G|SELF_REPORTED") String source) {}
