/**
 * Online follow-up consultation (互联网复诊, issue 18) within 《互联网诊疗监管细则（试行）》(2022) and 《互联网诊疗管理办法
 * （试行）》(2018): only for a condition already diagnosed at a physical institution (a diagnosed visit the platform
 * holds), never a first visit; real-name resident and doctor; messages kept (≥3 years) and the record kept as an
 * outpatient record (≥15 years); an online prescription written by the treating doctor in person, screened by the
 * prescription-review engine and effective only after pharmacist review; 麻醉药品、精神药品 and other special-management
 * drugs refused online; no AI-written prescription. Decision: docs/adr/0013-appointments-and-consultation.md.
 */
@ApplicationModule(
        displayName = "互联网复诊 Online follow-up",
        allowedDependencies = {"platform", "org", "residents", "appointments", "screening", "drugs", "familydoctor"})
package org.regionalhealth.consultation;

import org.springframework.modulith.ApplicationModule;
