/**
 * Prescription screening (处方系统初审, issue 3): the system pre-screening of a prescription before charging and
 * dispensing, as 《医疗机构处方审核规范》 (国卫办医发〔2018〕14号) requires: legality (合法性), format (规范性) and
 * appropriateness (适宜性) checks against the drug knowledge base of the drugs module. Stateless: it stores nothing
 * and owns no table (docs/adr/0012-screening-and-review-center.md).
 *
 * <p>{@link org.regionalhealth.screening.PrescriptionScreening} takes a
 * {@link org.regionalhealth.screening.Prescription} and a {@link org.regionalhealth.screening.PatientContext} and
 * returns a {@link org.regionalhealth.screening.Verdict}: findings with a {@link org.regionalhealth.screening.Tier}
 * (T0–T4, research §3.5) and the {@link org.regionalhealth.screening.Action} the tier maps to. A drug the knowledge
 * base does not know is never passed silently: it is routed to a pharmacist (审核规范: 系统不能审核的部分应当由药师人工
 * 审核); a failure inside the engine yields {@code UNSCREENED}, never a pass.
 *
 * <p>Sub-packages: {@code rules} (one class per rule, the {@code RuleCatalog}), {@code engine} (resolution of lines
 * through the knowledge base, running the rules, merging findings, tier→action policy). Tier → action changes that
 * the review center activated after a replay reach it through the {@link org.regionalhealth.screening.TierActionChanges}
 * port.
 */
@ApplicationModule(
        displayName = "处方初审 Prescription screening",
        allowedDependencies = {"platform", "org", "residents", "drugs"})
package org.regionalhealth.screening;

import org.springframework.modulith.ApplicationModule;
