package org.regionalhealth.weight.norms;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.residents.Sex;

/**
 * What a plan is made from: the resident's record (sex, birth date), today's measurements and the conditions.
 *
 * @param waistCm optional
 * @param deficitKcal requested daily deficit (0–1,000)
 * @param pregnant declared by the resident
 * @param insulinOrSulfonylurea declared by the resident (hypoglycaemia risk)
 * @param eatingDisorderRisk loss of control, binge eating or purging, declared by the resident
 * @param hypertension managed by the family doctor (familydoctor chronic register)
 * @param diabetes managed by the family doctor
 */
public record PlanInput(
        Sex sex,
        LocalDate birthDate,
        LocalDate today,
        double heightCm,
        double weightKg,
        @Nullable Double waistCm,
        ActivityLevel activity,
        int deficitKcal,
        boolean pregnant,
        boolean insulinOrSulfonylurea,
        boolean eatingDisorderRisk,
        boolean hypertension,
        boolean diabetes) {}
