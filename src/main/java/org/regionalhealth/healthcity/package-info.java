/**
 * Health-city indicators (健康城市, issue 23 items 1–3): the versioned catalogue of the national 《全国健康城市评价指标体系
 * （2018版）》 plus Xiaoshan's local indicators ({@link org.regionalhealth.healthcity.IndicatorCatalogue}); values by
 * town and year, computed from the platform's own modules through their root-package APIs or submitted by departments
 * with evidence and a two-level approval ({@link org.regionalhealth.healthcity.SubmissionDesk}); weighted composite
 * scores, rankings and the most improved towns ({@link org.regionalhealth.healthcity.Evaluations}). An approved
 * submission publishes {@link org.regionalhealth.healthcity.IndicatorSubmissionApproved}. docs/health-city.md.
 */
@ApplicationModule(
        displayName = "健康城市 Health city",
        allowedDependencies = {
            "platform",
            "org",
            "familydoctor",
            "vaccination",
            "emergency",
            "childcare",
            "reviewcenter"
        })
package org.regionalhealth.healthcity;

import org.springframework.modulith.ApplicationModule;
