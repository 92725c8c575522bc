package org.regionalhealth.ecg.preread;

import java.util.Map;
import java.util.Set;
import org.regionalhealth.ecg.signal.Lead;

/**
 * The automatic pre-read of one ECG (自动预判): never a diagnosis, always confirmed or corrected by an ECG physician.
 *
 * @param rPeaks sample indices of the detected QRS complexes
 * @param heartRate 60 ÷ mean RR, beats per minute (0 with fewer than two QRS)
 * @param rrIrregularity normalised RMSSD of the RR intervals (RMSSD ÷ mean RR)
 * @param pWaveMv height of the averaged P wave in lead II above the PR baseline
 * @param afSuspected RR irregularity above the threshold and no P wave
 * @param qrsMs median QRS duration (global onset to J point over all leads)
 * @param stElevationMv ST level at J + 60 ms minus the PR baseline, median over beats, per lead
 * @param stemiSuspected a contiguous lead pair meets the ST-elevation criteria
 * @param stemiLeads the leads of the meeting pairs
 * @param territories their territories
 */
public record PreRead(
        int[] rPeaks,
        double heartRate,
        double rrIrregularity,
        double pWaveMv,
        boolean afSuspected,
        double qrsMs,
        Map<Lead, Double> stElevationMv,
        boolean stemiSuspected,
        Set<Lead> stemiLeads,
        Set<Territory> territories) {

    public int qrsCount() {
        return rPeaks.length;
    }
}
