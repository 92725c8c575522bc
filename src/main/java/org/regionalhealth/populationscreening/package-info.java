/**
 * Population screening programmes (人群筛查, issue 21): one mechanism for every programme — a cohort from the resident
 * index, invitation, a first-stage test with its positive rule, referral to a diagnostic step with a clock, the result
 * and follow-up to diagnosis — with coverage, positive rate and follow-up completion by town and the family doctor's
 * worklist. Programmes: colorectal cancer (Zhejiang, ages 50–74, questionnaire + two FITs) and children's autism
 * (《0～6岁儿童孤独症筛查干预服务规范（试行）》, 2022). Rules are data with their source
 * ({@link org.regionalhealth.populationscreening.PopulationScreeningProperties}). Publishes
 * {@link org.regionalhealth.populationscreening.ScreeningResultRecorded} and
 * {@link org.regionalhealth.populationscreening.ScreeningFollowUpRecorded}.
 */
@ApplicationModule(
        displayName = "人群筛查 Population screening",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.populationscreening;

import org.springframework.modulith.ApplicationModule;
