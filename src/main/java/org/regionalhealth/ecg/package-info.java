/**
 * Regional ECG network (区域心电网络, issue 20): village and community stations upload 12-lead ECGs as HL7 aECG; every
 * ECG gets an automatic pre-read (Pan–Tompkins QRS detection, heart rate, RR irregularity for atrial fibrillation, ST
 * elevation per lead against the fourth universal definition of myocardial infarction); ECG physicians of the medical
 * community's reading centre claim and report them, suspected STEMI first; a critical report calls the sending
 * station back and the station confirms it. Reporting publishes {@link org.regionalhealth.ecg.EcgReported}.
 */
@ApplicationModule(
        displayName = "区域心电 Regional ECG",
        allowedDependencies = {"platform", "org", "residents"})
package org.regionalhealth.ecg;

import org.springframework.modulith.ApplicationModule;
