package org.regionalhealth.familydoctor;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chronic conditions a resident's family doctor manages, for modules that adapt their advice to them (the weight
 * plan of issue 22 caps the energy deficit of a diabetic and adds the salt limit for hypertension). Only the fact of
 * active management, no readings: not a read of the follow-up record, so not audited here.
 */
public interface ChronicConditions {

    /** The conditions under active management (status ACTIVE) for this resident; both false when none. */
    Managed of(long residentId);

    /**
     * Every chronic condition under active management, with where and when it was registered (a diagnosis made at a
     * physical institution) and the last and next follow-up: what an online follow-up (互联网复诊, issue 18) may rest
     * on. Dates only, no readings. Not audited here: the caller audits its read.
     */
    List<Condition> managed(long residentId);

    /**
     * A condition under management.
     *
     * @param disease the register's code (HYPERTENSION, DIABETES_T2, COPD, ASTHMA, CORONARY_HEART_DISEASE, STROKE,
     *     CHRONIC_KIDNEY_DISEASE)
     * @param icd10 the ICD-10 code of the condition (I10, E11.9 …)
     * @param nameZh the condition in Chinese
     * @param unitId the managing institution (the family doctor's station or centre)
     * @param registeredOn the day the condition was entered into management
     * @param lastFollowUpOn the last follow-up visit, if any
     * @param nextDue the next follow-up due
     */
    record Condition(
            String disease,
            String icd10,
            String nameZh,
            long unitId,
            LocalDate registeredOn,
            @Nullable LocalDate lastFollowUpOn,
            LocalDate nextDue) {}

    /**
     * @param hypertension 高血压 under management
     * @param diabetes 2型糖尿病 under management
     */
    record Managed(boolean hypertension, boolean diabetes) {

        public static final Managed NONE = new Managed(false, false);
    }
}
