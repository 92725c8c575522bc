package org.regionalhealth.familydoctor.chronic;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the hypertension rules need from one visit (高血压患者随访服务记录表, research §2.1).
 *
 * @param previousNotControlled the previous visit was 控制不满意 or 不良反应 (a second one in a row means referral)
 */
public record HypertensionVisit(
        LocalDate date,
        int ageYears,
        int systolic,
        int diastolic,
        boolean diabetesOrCkd,
        boolean pregnantOrLactating,
        boolean adverseReaction,
        boolean newOrWorseComplication,
        Set<DangerSign> dangerSigns,
        boolean previousNotControlled) {

    public HypertensionVisit {
        dangerSigns = Set.copyOf(dangerSigns);
    }

    /** A plain visit: only age and the reading, no signs, reactions or complications. */
    public static HypertensionVisit of(
            LocalDate date, int age, int systolic, int diastolic, boolean previousNotControlled) {
        return new HypertensionVisit(
                date, age, systolic, diastolic, false, false, false, false, Set.of(), previousNotControlled);
    }
}
