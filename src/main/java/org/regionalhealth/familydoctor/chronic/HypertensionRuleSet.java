package org.regionalhealth.familydoctor.chronic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A versioned set of hypertension follow-up thresholds, with its source and the date it took effect. Thresholds are
 * data so a new edition of the norms is a new entry, not a code change; the classifier is {@link HypertensionRules}.
 *
 * @param olderTargetAge from this age the relaxed systolic target applies
 * @param olderTargetNeedsNoDiabetesOrCkd the relaxed target is only for patients without diabetes or CKD
 * @param routineIntervalDays days to the next routine visit; 4 face-to-face follow-ups a year at least
 */
public record HypertensionRuleSet(
        String id,
        String source,
        LocalDate effectiveFrom,
        int systolicTarget,
        int diastolicTarget,
        int olderTargetAge,
        int olderSystolicTarget,
        boolean olderTargetNeedsNoDiabetesOrCkd,
        int emergencySystolic,
        int emergencyDiastolic,
        int recheckDays,
        int referralCheckDays,
        int routineIntervalDays) {

    /**
     * 国家基本公共卫生服务规范（第三版）, 2017, 高血压患者健康管理服务规范: 控制满意 below 140/90, for patients 65 and older
     * below 150/90; emergency referral at SBP ≥180 and/or DBP ≥110; recheck within 2 weeks; check a referral within
     * 2 weeks; at least 4 follow-ups a year (research §2.1).
     */
    public static final HypertensionRuleSet NBPHS_2017 = new HypertensionRuleSet(
            "NBPHS-2017",
            "国家基本公共卫生服务规范（第三版）（国卫基层发〔2017〕13号）高血压患者健康管理服务规范",
            LocalDate.of(2017, 2, 28),
            140,
            90,
            65,
            150,
            false,
            180,
            110,
            14,
            14,
            90);

    /**
     * 国家基层高血压防治管理指南 (2017, restated 2020): the relaxed target below 150/90 only from 80 years and only
     * without diabetes or chronic kidney disease; everything else as the 规范 (research §2.1, the conflict).
     */
    public static final HypertensionRuleSet PRIMARY_GUIDELINE_2020 = new HypertensionRuleSet(
            "PRIMARY-GUIDELINE-2020",
            "国家基层高血压防治管理指南（2020版）",
            LocalDate.of(2020, 12, 1),
            140,
            90,
            80,
            150,
            true,
            180,
            110,
            14,
            14,
            90);

    public static final List<HypertensionRuleSet> ALL = List.of(NBPHS_2017, PRIMARY_GUIDELINE_2020);

    public static Optional<HypertensionRuleSet> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
