package org.regionalhealth.ecg.worklist;

import org.jspecify.annotations.Nullable;

/**
 * A physician's structured report as entered (text fields, checked by {@link EcgWorklist#report}).
 *
 * @param rhythm an {@link EcgRhythm} name
 * @param rate ventricular rate, bpm
 * @param pr PR interval, ms (empty in atrial fibrillation)
 * @param qrs QRS duration, ms
 * @param qt QT interval, ms
 * @param conclusion the conclusion
 * @param critical a critical finding: call the station and the chest-pain centre back
 * @param finding the critical finding, a {@link org.regionalhealth.ecg.CriticalFinding} name (required when critical)
 */
public record ReportForm(
        @Nullable String rhythm,
        @Nullable String rate,
        @Nullable String pr,
        @Nullable String qrs,
        @Nullable String qt,
        @Nullable String conclusion,
        boolean critical,
        @Nullable String finding) {}
