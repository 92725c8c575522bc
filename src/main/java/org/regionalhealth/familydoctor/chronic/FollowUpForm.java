package org.regionalhealth.familydoctor.chronic;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One follow-up as the village doctor records it (高血压/2型糖尿病患者随访服务记录表; research §2.1–2.2). Ranges are
 * physiological plausibility limits, so a typo (1650) is refused rather than classified.
 *
 * @param method 门诊 CLINIC / 家庭 HOME / 电话 PHONE
 * @param stable for diseases without numeric targets: the clinician's judgement
 */
public record FollowUpForm(
        @Nullable
                @org.springframework.format.annotation.DateTimeFormat(
                        iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                LocalDate visitDate,
        @NotNull @Pattern(regexp = "CLINIC|HOME|PHONE", message = "随访方式须为门诊、家庭或电话") String method,
        @Nullable @Min(value = 50, message = "收缩压须在50–300 mmHg") @Max(value = 300, message = "收缩压须在50–300 mmHg")
                Integer systolic,
        @Nullable @Min(value = 30, message = "舒张压须在30–200 mmHg") @Max(value = 200, message = "舒张压须在30–200 mmHg")
                Integer diastolic,
        @Nullable @Min(value = 20, message = "心率须在20–250次/分") @Max(value = 250, message = "心率须在20–250次/分")
                Integer heartRate,
        @Nullable
                @DecimalMin(value = "2.0", message = "体重须在2–300 kg")
                @DecimalMax(value = "300.0", message = "体重须在2–300 kg")
                BigDecimal weightKg,
        @Nullable
                @DecimalMin(value = "1.0", message = "空腹血糖须在1.0–40.0 mmol/L")
                @DecimalMax(value = "40.0", message = "空腹血糖须在1.0–40.0 mmol/L")
                BigDecimal fastingGlucose,
        @Nullable
                @DecimalMin(value = "34.0", message = "体温须在34–43℃")
                @DecimalMax(value = "43.0", message = "体温须在34–43℃")
                BigDecimal temperature,
        @Nullable Boolean adverseReaction,
        @Nullable Boolean complication,
        @Nullable Boolean pregnantOrLactating,
        @Nullable Set<DangerSign> dangerSigns,
        @Nullable Boolean stable) {

    public boolean adverse() {
        return Boolean.TRUE.equals(adverseReaction);
    }

    public boolean newComplication() {
        return Boolean.TRUE.equals(complication);
    }

    public boolean pregnant() {
        return Boolean.TRUE.equals(pregnantOrLactating);
    }

    public Set<DangerSign> signs() {
        return dangerSigns == null ? Set.of() : dangerSigns;
    }
}
