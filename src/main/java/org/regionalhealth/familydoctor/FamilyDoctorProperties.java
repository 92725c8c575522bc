package org.regionalhealth.familydoctor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the family-doctor module.
 *
 * @param hypertensionRuleSet which hypertension rule set classifies follow-ups: {@code NBPHS-2017} (the 规范: older
 *     target from 65 years) or {@code PRIMARY-GUIDELINE-2020} (基层高血压防治管理指南: from 80 years without diabetes
 *     or CKD). The conflict is research §2.1; the 规范 is what the public-health funds pay against, so it is the
 *     default.
 * @param renewalReminderDays contracts ending within this many days appear on the worklist as "to renew"
 * @param teamCapacity default number of signed residents a new team may hold
 * @param recomputeCron when the nightly indicator job runs (Spring cron, Beijing time; {@code -} switches it off, as
 *     the tests do): the open periods every night, everything on the first day of a quarter
 */
@ConfigurationProperties("rhp.familydoctor")
public record FamilyDoctorProperties(
        @DefaultValue("NBPHS-2017") String hypertensionRuleSet,
        @DefaultValue("30") int renewalReminderDays,
        @DefaultValue("2500") int teamCapacity,
        @DefaultValue(FamilyDoctorProperties.DEFAULT_RECOMPUTE_CRON) String recomputeCron) {

    /** 02:30 Beijing time, after the day's follow-ups and before the morning's worklists. */
    public static final String DEFAULT_RECOMPUTE_CRON = "0 30 2 * * *";
}
