package org.regionalhealth.ecg.worklist;

/** The rhythm an ECG physician reports. */
public enum EcgRhythm {
    SINUS,
    SINUS_TACHYCARDIA,
    SINUS_BRADYCARDIA,
    ATRIAL_FIBRILLATION,
    ATRIAL_FLUTTER,
    VENTRICULAR_TACHYCARDIA,
    VENTRICULAR_FIBRILLATION,
    COMPLETE_HEART_BLOCK,
    OTHER
}
