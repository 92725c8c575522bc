/**
 * Prescription review (处方审核, issue 3): the system pre-screening (系统初审) of a prescription before charging and
 * dispensing, as 《医疗机构处方审核规范》 (国卫办医发〔2018〕14号) requires: legality (合法性), format (规范性) and
 * appropriateness (适宜性) checks against the drug knowledge base of the drugs module.
 *
 * <p>{@link org.regionalhealth.prescriptionreview.PrescriptionScreening} takes a
 * {@link org.regionalhealth.prescriptionreview.Prescription} and a
 * {@link org.regionalhealth.prescriptionreview.PatientContext} and returns a
 * {@link org.regionalhealth.prescriptionreview.Verdict}: findings with a {@link org.regionalhealth.prescriptionreview.Tier}
 * (T0–T4, research §3.5) and the {@link org.regionalhealth.prescriptionreview.Action} the tier maps to. A drug the
 * knowledge base does not know is never passed silently: it is routed to a pharmacist (审核规范: 系统不能审核的部分
 * 应当由药师人工审核); a failure inside the engine yields {@code UNSCREENED}, never a pass.
 *
 * <p>Sub-packages: {@code rules} (one class per rule, the {@code RuleCatalog}), {@code engine} (resolution of lines
 * through the knowledge base, running the rules, merging findings, tier→action policy).
 */
@ApplicationModule(
        displayName = "处方审核 Prescription review",
        allowedDependencies = {"platform", "org", "residents", "drugs"})
package org.regionalhealth.prescriptionreview;

import org.springframework.modulith.ApplicationModule;
