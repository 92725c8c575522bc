package org.regionalhealth.ecg.preread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.ecg.signal.EcgSignal;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.residents.Sex;

/**
 * The pre-read: QRS complexes by {@link PanTompkins} on lead II; heart rate = 60 ÷ mean RR; RR irregularity =
 * RMSSD ÷ mean RR (Dash S, Chon KH, Lu S, Raeder EA. Automatic real time detection of atrial fibrillation. Ann Biomed
 * Eng 2009;37:1701–1709); a P wave = a template (the median of the detrended lead II segments 220–40 ms before QRS onset)
 * rising at least 0.05 mV that the beats follow (median correlation ≥ 0.8); suspected AF = irregularity above the threshold and no P wave.
 *
 * <p>Per beat, QRS onset and J point are global: where the summed absolute slope of all twelve leads (40 Hz low-pass)
 * stays under 15% of its peak for 10 ms before and after the R peak. The PR baseline is each lead's mean over the 20 ms
 * ending 10 ms before onset; the ST level is the mean over ±4 ms at J + 60 ms; the lead's ST elevation is the median
 * over beats of the difference. {@link StemiCriteria} decides on suspected STEMI.
 */
public final class PreReader {

    /** Median correlation of the beats' P segments with their template above which a P wave is there. */
    static final double P_CORRELATION = 0.8;

    private final StemiCriteria criteria;
    private final double afIrregularity;

    public PreReader(StemiCriteria criteria, double afIrregularity) {
        this.criteria = criteria;
        this.afIrregularity = afIrregularity;
    }

    public PreRead read(EcgSignal signal, @Nullable Sex sex, int age) {
        double fs = signal.sampleRate();
        int n = signal.length();
        int[] peaks = PanTompkins.detect(signal.lead(Lead.II), fs);
        double heartRate = 0;
        double irregularity = 0;
        if (peaks.length >= 2) {
            double[] rr = new double[peaks.length - 1];
            double sum = 0;
            for (int i = 1; i < peaks.length; i++) {
                rr[i - 1] = (peaks[i] - peaks[i - 1]) / fs;
                sum += rr[i - 1];
            }
            double mean = sum / rr.length;
            heartRate = 60 / mean;
            if (rr.length >= 2) {
                double squares = 0;
                for (int i = 1; i < rr.length; i++) {
                    squares += (rr[i] - rr[i - 1]) * (rr[i] - rr[i - 1]);
                }
                irregularity = Math.sqrt(squares / (rr.length - 1)) / mean;
            }
        }
        // global slope over all leads
        Map<Lead, double[]> smooth = new EnumMap<>(Lead.class);
        double[] velocity = new double[n];
        for (Lead lead : Lead.values()) {
            double[] x = Filters.lowPass(signal.lead(lead), fs, 40);
            smooth.put(lead, x);
            for (int i = 1; i < n - 1; i++) {
                velocity[i] += Math.abs(x[i + 1] - x[i - 1]);
            }
        }
        int steady = Math.max(2, (int) Math.round(0.010 * fs));
        int search = (int) Math.round(0.120 * fs);
        var onsets = new ArrayList<Integer>();
        var offsets = new ArrayList<Integer>();
        var beats = new ArrayList<Integer>();
        for (int r : peaks) {
            int from = Math.max(1, r - search);
            int to = Math.min(n - 2, r + search);
            double peak = 0;
            for (int i = Math.max(1, r - (int) (0.06 * fs)); i <= Math.min(n - 2, r + (int) (0.06 * fs)); i++) {
                peak = Math.max(peak, velocity[i]);
            }
            double threshold = 0.15 * peak;
            int onset = -1;
            int run = 0;
            for (int i = r; i >= from; i--) {
                run = velocity[i] < threshold ? run + 1 : 0;
                if (run >= steady) {
                    onset = i + steady - 1;
                    break;
                }
            }
            int offset = -1;
            run = 0;
            for (int i = r; i <= to; i++) {
                run = velocity[i] < threshold ? run + 1 : 0;
                if (run >= steady) {
                    offset = i - steady + 1;
                    break;
                }
            }
            int baselineFrom = onset - (int) Math.round(0.030 * fs);
            int stAt = offset + (int) Math.round(0.060 * fs);
            int pFrom = onset - (int) Math.round(0.250 * fs);
            if (onset < 0 || offset < 0 || baselineFrom < 0 || pFrom < 0 || stAt + (int) (0.004 * fs) >= n) {
                continue;
            }
            onsets.add(onset);
            offsets.add(offset);
            beats.add(r);
        }
        Map<Lead, Double> st = new EnumMap<>(Lead.class);
        double qrsMs = 0;
        double pWave = 0;
        if (!beats.isEmpty()) {
            int base = (int) Math.round(0.020 * fs);
            int gap = (int) Math.round(0.010 * fs);
            int stHalf = Math.max(1, (int) Math.round(0.004 * fs));
            int j60 = (int) Math.round(0.060 * fs);
            for (Lead lead : Lead.values()) {
                double[] x = smooth.get(lead);
                double[] values = new double[beats.size()];
                for (int b = 0; b < beats.size(); b++) {
                    int onset = onsets.get(b);
                    double baseline = mean(x, onset - gap - base, onset - gap);
                    int at = offsets.get(b) + j60;
                    values[b] = mean(x, at - stHalf, at + stHalf + 1) - baseline;
                }
                st.put(lead, Math.round(median(values) * 1000) / 1000.0);
            }
            double[] durations = new double[beats.size()];
            for (int b = 0; b < beats.size(); b++) {
                durations[b] = (offsets.get(b) - onsets.get(b)) * 1000 / fs;
            }
            qrsMs = median(durations);
            pWave = pWave(smooth.get(Lead.II), onsets, fs);
        }
        boolean af = peaks.length >= 4 && irregularity > afIrregularity && pWave < 0.05;
        var assessment = criteria.assess(st, sex, age);
        return new PreRead(
                peaks,
                heartRate,
                irregularity,
                Math.round(pWave * 1000) / 1000.0,
                af,
                qrsMs,
                st,
                assessment.suspected(),
                assessment.leads(),
                assessment.territories());
    }

    /**
     * The P wave of lead II: the beats' segments from 220 to 40 ms before QRS onset, each with its linear trend
     * removed; their median is the template. A P wave is there when the template rises at least 0.05 mV and the
     * segments follow it (median correlation at least {@value #P_CORRELATION}): a sinus P wave is locked to the QRS, the fibrillatory
     * waves and a preceding T wave are not. Returns the template's height, or 0 when the segments do not follow it.
     */
    private static double pWave(double[] x, List<Integer> onsets, double fs) {
        int length = (int) Math.round(0.180 * fs);
        int back = (int) Math.round(0.220 * fs);
        double[][] segments = new double[onsets.size()][length];
        for (int b = 0; b < onsets.size(); b++) {
            int start = onsets.get(b) - back;
            double[] s = segments[b];
            System.arraycopy(x, start, s, 0, length);
            detrend(s);
        }
        double[] template = new double[length];
        double[] column = new double[onsets.size()];
        for (int i = 0; i < length; i++) {
            for (int b = 0; b < onsets.size(); b++) {
                column[b] = segments[b][i];
            }
            template[i] = median(column);
        }
        double height = Arrays.stream(template).max().orElse(0)
                - Arrays.stream(template).min().orElse(0);
        double[] correlations = new double[onsets.size()];
        for (int b = 0; b < onsets.size(); b++) {
            correlations[b] = correlation(segments[b], template);
        }
        return onsets.size() >= 2 && median(correlations) >= P_CORRELATION ? height : 0;
    }

    private static void detrend(double[] s) {
        int n = s.length;
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (double v : s) {
            meanY += v / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (s[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        for (int i = 0; i < n; i++) {
            s[i] -= meanY + slope * (i - meanX);
        }
    }

    private static double correlation(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    private static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / Math.max(1, to - from);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** The leads in printing order, for pages and reports. */
    public static List<Lead> order() {
        return List.of(Lead.values());
    }
}
