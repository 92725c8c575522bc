package org.regionalhealth.ecg.preread;

import java.util.ArrayList;
import java.util.List;

/**
 * QRS detection after Pan J, Tompkins WJ. A real-time QRS detection algorithm. IEEE Trans Biomed Eng
 * 1985;BME-32(3):230–236.
 *
 * <p>The stages of the paper: a 5–15 Hz band-pass, the five-point derivative, squaring, a 150 ms moving-window
 * integration; then fiducial marks (peaks of the integrated signal at least 200 ms apart, the refractory period),
 * adaptive thresholds on signal and noise peaks (SPKI, NPKI; THRESHOLD I1 = NPKI + 0.25 (SPKI − NPKI), I2 = I1 / 2),
 * search-back with I2 when no QRS came within 166% of the average RR, and T-wave discrimination (a peak within 360 ms
 * of the last QRS whose maximal slope is less than half of that QRS's is a T wave). Adapted to a stored 10 s
 * recording at any sampling rate: the filters are second-order Butterworth sections (RBJ bilinear design) run forward
 * and backward (no delay), the derivative and the window are centred, and the thresholds learn on the first two
 * seconds. The R peak is the largest absolute band-passed value within 100 ms of each fiducial mark.
 */
public final class PanTompkins {

    private PanTompkins() {}

    /** Sample indices of the detected R peaks, ascending. */
    public static int[] detect(double[] signal, double fs) {
        int n = signal.length;
        int pad = Math.min(n - 1, (int) fs);
        double[] padded = mirror(signal, pad);
        double[] band = Filters.bandPass(padded, fs, 5, 15);
        band = java.util.Arrays.copyOfRange(band, pad, pad + n);
        double[] derivative = new double[n];
        for (int i = 2; i < n - 2; i++) {
            derivative[i] = (-band[i - 2] - 2 * band[i - 1] + 2 * band[i + 1] + band[i + 2]) / 8 * fs;
        }
        double[] squared = new double[n];
        for (int i = 0; i < n; i++) {
            squared[i] = derivative[i] * derivative[i];
        }
        int window = Math.max(1, (int) Math.round(0.150 * fs));
        double[] integrated = Filters.movingAverage(squared, window);

        int refractory = (int) Math.round(0.200 * fs);
        List<Integer> peaks = fiducialMarks(integrated, refractory);
        int learn = Math.min(n, (int) (2 * fs));
        double max = 0;
        double mean = 0;
        for (int i = 0; i < learn; i++) {
            max = Math.max(max, integrated[i]);
            mean += integrated[i];
        }
        mean /= Math.max(1, learn);
        double spki = 0.25 * max;
        double npki = 0.5 * mean;

        var qrs = new ArrayList<Integer>();
        var slopes = new ArrayList<Double>();
        var rr = new ArrayList<Integer>();
        int tWindow = (int) Math.round(0.360 * fs);
        int lastIndex = 0;
        for (int k = 0; k < peaks.size(); k++) {
            int p = peaks.get(k);
            double value = integrated[p];
            double threshold1 = npki + 0.25 * (spki - npki);
            // search back: no QRS for 166% of the average RR → the largest noise peak above I2 since the last QRS
            if (!qrs.isEmpty() && rr.size() >= 2) {
                double average =
                        rr.stream().mapToInt(Integer::intValue).average().orElse(fs);
                int last = qrs.get(qrs.size() - 1);
                if (p - last > 1.66 * average) {
                    int best = -1;
                    for (int j = lastIndex + 1; j < k; j++) {
                        int c = peaks.get(j);
                        if (c - last > refractory
                                && integrated[c] > 0.5 * threshold1
                                && (best < 0 || integrated[c] > integrated[best])) {
                            best = c;
                        }
                    }
                    if (best >= 0) {
                        rr.add(best - last);
                        trim(rr);
                        qrs.add(best);
                        slopes.add(maxSlope(derivative, best, window));
                        spki = 0.25 * integrated[best] + 0.75 * spki;
                    }
                }
            }
            if (value > threshold1) {
                double slope = maxSlope(derivative, p, window);
                if (!qrs.isEmpty()) {
                    int last = qrs.get(qrs.size() - 1);
                    if (p - last <= refractory) {
                        continue;
                    }
                    if (p - last < tWindow && slope < 0.5 * slopes.get(slopes.size() - 1)) {
                        npki = 0.125 * value + 0.875 * npki; // a T wave
                        continue;
                    }
                    rr.add(p - last);
                    trim(rr);
                }
                qrs.add(p);
                slopes.add(slope);
                lastIndex = k;
                spki = 0.125 * value + 0.875 * spki;
            } else {
                npki = 0.125 * value + 0.875 * npki;
            }
        }
        // R peak: the largest absolute band-passed value near each mark
        int half = (int) Math.round(0.100 * fs);
        var result = new ArrayList<Integer>();
        for (int mark : qrs) {
            int best = mark;
            for (int i = Math.max(0, mark - half); i <= Math.min(n - 1, mark + half); i++) {
                if (Math.abs(band[i]) > Math.abs(band[best])) {
                    best = i;
                }
            }
            if (result.isEmpty() || best - result.get(result.size() - 1) > refractory) {
                result.add(best);
            }
        }
        return result.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static void trim(List<Integer> rr) {
        while (rr.size() > 8) {
            rr.remove(0);
        }
    }

    private static double maxSlope(double[] derivative, int at, int window) {
        double max = 0;
        for (int i = Math.max(0, at - window); i <= Math.min(derivative.length - 1, at + window / 2); i++) {
            max = Math.max(max, Math.abs(derivative[i]));
        }
        return max;
    }

    /** Local maxima of the integrated signal, the largest kept where two lie within the refractory period. */
    private static List<Integer> fiducialMarks(double[] x, int refractory) {
        var marks = new ArrayList<Integer>();
        for (int i = 1; i < x.length - 1; i++) {
            if (x[i] > x[i - 1] && x[i] >= x[i + 1]) {
                if (!marks.isEmpty() && i - marks.get(marks.size() - 1) < refractory) {
                    if (x[i] > x[marks.get(marks.size() - 1)]) {
                        marks.set(marks.size() - 1, i);
                    }
                } else {
                    marks.add(i);
                }
            }
        }
        return marks;
    }

    private static double[] mirror(double[] x, int pad) {
        int n = x.length;
        double[] out = new double[n + 2 * pad];
        for (int i = 0; i < pad; i++) {
            out[pad - 1 - i] = 2 * x[0] - x[Math.min(n - 1, i + 1)];
            out[pad + n + i] = 2 * x[n - 1] - x[Math.max(0, n - 2 - i)];
        }
        System.arraycopy(x, 0, out, pad, n);
        return out;
    }
}
