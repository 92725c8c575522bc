package org.regionalhealth.familydoctor.chronic;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A versioned set of type 2 diabetes follow-up thresholds with its source (research §2.2).
 *
 * @param fastingGlucoseTarget 控制满意 below this fasting glucose (mmol/L)
 * @param emergencyHighGlucose emergency referral at or above (mmol/L)
 * @param emergencyLowGlucose emergency referral at or below (mmol/L)
 * @param emergencyHeartRate emergency referral above this persistent heart rate (/min)
 * @param emergencyTemperature emergency referral above this temperature (°C)
 */
public record DiabetesRuleSet(
        String id,
        String source,
        LocalDate effectiveFrom,
        BigDecimal fastingGlucoseTarget,
        BigDecimal emergencyHighGlucose,
        BigDecimal emergencyLowGlucose,
        int emergencySystolic,
        int emergencyDiastolic,
        int emergencyHeartRate,
        BigDecimal emergencyTemperature,
        int recheckDays,
        int referralCheckDays,
        int routineIntervalDays) {

    /**
     * 国家基本公共卫生服务规范（第三版）, 2017, 2型糖尿病患者健康管理服务规范: emergency referral at glucose ≥16.7 or
     * ≤3.9 mmol/L, SBP ≥180 and/or DBP ≥110, persistent heart rate >100/min, temperature >39 °C; 控制满意 at fasting
     * glucose <7.0 mmol/L; recheck and referral check within 2 weeks; 4 follow-ups a year.
     */
    public static final DiabetesRuleSet NBPHS_2017 = new DiabetesRuleSet(
            "NBPHS-2017",
            "国家基本公共卫生服务规范（第三版）（国卫基层发〔2017〕13号）2型糖尿病患者健康管理服务规范",
            LocalDate.of(2017, 2, 28),
            new BigDecimal("7.0"),
            new BigDecimal("16.7"),
            new BigDecimal("3.9"),
            180,
            110,
            100,
            new BigDecimal("39.0"),
            14,
            14,
            90);
}
