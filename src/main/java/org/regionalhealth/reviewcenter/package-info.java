/**
 * Review center (审方中心, issues 3–5): everything that happens to a prescription after {@code screening} judged it.
 * Submission from the doctor's form, the REST API, CDS Hooks and FHIR (each stores the prescription, its findings and
 * an unscreened one's retrospective entry); the pharmacists' workbench with pools, timers and the review workflow;
 * supervision figures and reports; the replay of rule and tier → action changes and their activation; post-hoc
 * review (处方点评); and the demo year. It owns every {@code prescriptionreview_*} table
 * (docs/adr/0012-screening-and-review-center.md).
 *
 * <p>Sub-packages: {@code submission}, {@code intake} (patient data, regional history, patient keys, retrospective
 * queue), {@code cdshooks}, {@code fhir}, {@code workbench} (the review workflow's one writer and typed reader),
 * {@code supervision}, {@code replay}, {@code posthoc}, {@code demoyear}.
 *
 * <p>Online prescriptions (互联网复诊, issue 18) arrive as {@code consultation.OnlinePrescriptionScreened}: the review
 * center stores them like any other and always queues them for a pharmacist (细则: 处方经药师审核后方可生效); a
 * pharmacist's decision ({@link org.regionalhealth.reviewcenter.PrescriptionReviewed}) goes back to the consultation
 * through {@code consultation.OnlinePrescriptions}.
 */
@ApplicationModule(
        displayName = "审方中心 Review center",
        allowedDependencies = {
            "platform",
            "org",
            "residents",
            "drugs",
            "screening",
            "screening :: formats",
            "consultation"
        })
package org.regionalhealth.reviewcenter;

import org.springframework.modulith.ApplicationModule;
