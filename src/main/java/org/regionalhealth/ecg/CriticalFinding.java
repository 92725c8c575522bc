package org.regionalhealth.ecg;

/**
 * A critical ECG finding (心电危急值) that calls the sending station and the chest-pain centre back at once (issue 20,
 * item 8: suspected STEMI, ventricular tachycardia or fibrillation, complete heart block).
 */
public enum CriticalFinding {
    /** Suspected ST-elevation myocardial infarction: the reperfusion clock runs from the ECG. */
    STEMI,
    /** Ventricular tachycardia or ventricular fibrillation. */
    VT_VF,
    /** Complete (third-degree) atrioventricular block. */
    COMPLETE_HEART_BLOCK
}
