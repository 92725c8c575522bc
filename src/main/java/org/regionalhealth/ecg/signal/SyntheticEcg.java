package org.regionalhealth.ecg.signal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic 12-lead ECGs with a known truth, for tests, demo data and benchmarks.
 *
 * <p>The model is the one of ECGSYN (McSharry PE, Clifford GD, Tarassenko L, Smith LA. A dynamical model for
 * generating synthetic electrocardiogram signals. IEEE Trans Biomed Eng 2003;50(3):289–294): every beat is a sum of
 * five Gaussians, P, Q, R, S and T, placed relative to the beat's R peak. Here the sum is evaluated directly in time
 * rather than integrated as a limit cycle, with ECGSYN's timing (P at −200 ms; Q, R, S at −30, 0, +30 ms; T at
 * +270 ms) and its rate dependence (the T wave's position and width scale with √RR, Bazett). Each of the eight
 * independent leads (I, II, V1–V6) has its own amplitudes; III, aVR, aVL and aVF follow from I and II by Einthoven's
 * and Goldberger's equations, so ST elevation set in II shows in III and aVF and as reciprocal depression in aVR and
 * aVL, as in an inferior infarction.
 *
 * <ul>
 *   <li><b>Sinus rhythm</b>: RR = 60/rate × (1 + 3% respiratory sinus arrhythmia at 0.25 Hz) + 1% jitter; optional
 *       premature atrial beats (coupling 70% of RR, then a 130% pause).
 *   <li><b>Atrial fibrillation</b>: RR independent, 60/rate × (1 + 0.2·N(0,1)) bounded to 0.35–2.0 × mean and
 *       to at least 280 ms (the atrioventricular node's refractory period); no P wave;
 *       fibrillatory waves of 0.04 mV at 5–7 Hz, strongest in V1 and II.
 *   <li><b>ST elevation</b>: a plateau of the given height from the J point (+40 ms) merging into the T wave.
 *   <li><b>Noise</b>: white Gaussian noise of the given σ and a 0.3 Hz baseline wander of the given amplitude.
 * </ul>
 */
public final class SyntheticEcg {

    /** The rhythm of a synthetic record. */
    public enum Rhythm {
        SINUS,
        ATRIAL_FIBRILLATION
    }

    /**
     * What to generate.
     *
     * @param heartRate mean ventricular rate, beats per minute
     * @param rhythm sinus or atrial fibrillation
     * @param stElevation ST elevation in millivolts per independent lead (I, II, V1–V6)
     * @param noiseMv σ of white noise
     * @param wanderMv amplitude of a 0.3 Hz baseline wander
     * @param prematureBeats premature atrial beats in a sinus record
     * @param durationSeconds length of the record
     * @param sampleRate samples per second
     * @param seed random seed: the same spec gives the same record
     */
    public record Spec(
            double heartRate,
            Rhythm rhythm,
            Map<Lead, Double> stElevation,
            double noiseMv,
            double wanderMv,
            int prematureBeats,
            double durationSeconds,
            double sampleRate,
            long seed) {

        public Spec {
            for (Lead lead : stElevation.keySet()) {
                if (index(lead) < 0) {
                    throw new IllegalArgumentException("ST elevation is set on I, II or V1–V6, not on " + lead);
                }
            }
            stElevation = Map.copyOf(stElevation);
        }

        /** 10 s at 500 Hz, sinus, light noise. */
        public static Spec sinus(double heartRate, long seed) {
            return new Spec(heartRate, Rhythm.SINUS, Map.of(), 0.02, 0.05, 0, 10, 500, seed);
        }

        /** 10 s at 500 Hz, atrial fibrillation, light noise. */
        public static Spec atrialFibrillation(double heartRate, long seed) {
            return new Spec(heartRate, Rhythm.ATRIAL_FIBRILLATION, Map.of(), 0.02, 0.05, 0, 10, 500, seed);
        }

        public Spec withSt(Map<Lead, Double> elevation) {
            return new Spec(
                    heartRate, rhythm, elevation, noiseMv, wanderMv, prematureBeats, durationSeconds, sampleRate, seed);
        }

        public Spec withNoise(double noise, double wander) {
            return new Spec(
                    heartRate, rhythm, stElevation, noise, wander, prematureBeats, durationSeconds, sampleRate, seed);
        }

        public Spec withPrematureBeats(int count) {
            return new Spec(
                    heartRate, rhythm, stElevation, noiseMv, wanderMv, count, durationSeconds, sampleRate, seed);
        }

        public Spec withSampleRate(double rate) {
            return new Spec(
                    heartRate, rhythm, stElevation, noiseMv, wanderMv, prematureBeats, durationSeconds, rate, seed);
        }
    }

    /**
     * A generated record and its truth.
     *
     * @param signal the twelve leads
     * @param rPeaks sample indices of the R peaks inside the record
     * @param spec what was asked
     */
    public record Result(EcgSignal signal, int[] rPeaks, Spec spec) {

        /** 60 ÷ mean RR of the beats inside the record: the rate a reader counts. */
        public double trueHeartRate() {
            double span = (rPeaks[rPeaks.length - 1] - rPeaks[0]) / signal.sampleRate();
            return 60 * (rPeaks.length - 1) / span;
        }
    }

    // the eight independent leads and their P, Q, R, S, T amplitudes in millivolts
    private static final Lead[] INDEPENDENT = {Lead.I, Lead.II, Lead.V1, Lead.V2, Lead.V3, Lead.V4, Lead.V5, Lead.V6};
    private static final double[][] AMPLITUDE = {
        {0.10, -0.05, 0.70, -0.10, 0.20}, // I
        {0.15, -0.08, 1.10, -0.20, 0.30}, // II
        {0.08, 0.00, 0.25, -0.90, 0.05}, // V1
        {0.08, 0.00, 0.45, -1.20, 0.45}, // V2
        {0.08, 0.00, 0.80, -0.80, 0.45}, // V3
        {0.10, -0.05, 1.30, -0.50, 0.40}, // V4
        {0.10, -0.08, 1.20, -0.25, 0.30}, // V5
        {0.10, -0.08, 0.90, -0.10, 0.25} // V6
    };
    // fibrillatory-wave gain per independent lead
    private static final double[] F_WAVE = {0.3, 0.8, 1.0, 0.6, 0.4, 0.3, 0.3, 0.3};
    private static final double P_AT = -0.20;
    private static final double P_WIDTH = 0.025;
    private static final double Q_AT = -0.030;
    private static final double R_WIDTH = 0.011;
    private static final double QS_WIDTH = 0.010;
    private static final double S_AT = 0.030;
    private static final double T_AT = 0.27;
    private static final double T_WIDTH = 0.045;
    private static final double J_AT = 0.040;

    private SyntheticEcg() {}

    private static int index(Lead lead) {
        for (int i = 0; i < INDEPENDENT.length; i++) {
            if (INDEPENDENT[i] == lead) {
                return i;
            }
        }
        return -1;
    }

    public static Result generate(Spec spec) {
        var random = new SplittableRandom(spec.seed());
        double fs = spec.sampleRate();
        int n = (int) Math.round(spec.durationSeconds() * fs);
        double meanRr = 60.0 / spec.heartRate();
        // beats from before the record's start to after its end, so the edges hold partial beats like a real strip
        var beats = new ArrayList<double[]>(); // {time of R, RR before it}
        double t = -random.nextDouble(0.2, 1.0) * meanRr;
        var premature = new java.util.HashSet<Integer>();
        int expected = (int) Math.ceil(spec.durationSeconds() / meanRr) + 2;
        while (premature.size() < Math.min(spec.prematureBeats(), Math.max(0, expected - 4))) {
            premature.add(2 + random.nextInt(Math.max(1, expected - 4)));
        }
        int k = 0;
        double previousRr = meanRr;
        while (t < spec.durationSeconds() + 1.0) {
            double rr;
            if (spec.rhythm() == Rhythm.ATRIAL_FIBRILLATION) {
                rr = Math.max(0.28, meanRr * clamp(1 + 0.2 * gaussian(random), 0.35, 2.0));
            } else {
                rr = meanRr * (1 + 0.03 * Math.sin(2 * Math.PI * 0.25 * t)) + 0.01 * meanRr * gaussian(random);
                if (premature.contains(k)) {
                    rr = 0.7 * meanRr;
                } else if (premature.contains(k - 1)) {
                    rr = 1.3 * meanRr;
                }
            }
            beats.add(new double[] {t, previousRr});
            previousRr = rr;
            t += rr;
            k++;
        }
        var independent = new double[INDEPENDENT.length][n];
        for (double[] beat : beats) {
            double r = beat[0];
            double rrRoot = Math.sqrt(clamp(beat[1], 0.3, 2.0));
            double tAt = T_AT * rrRoot;
            double tWidth = T_WIDTH * rrRoot;
            boolean pWave = spec.rhythm() == Rhythm.SINUS;
            int from = Math.max(0, (int) Math.floor((r - 0.32) * fs));
            int to = Math.min(n - 1, (int) Math.ceil((r + tAt + 5 * tWidth) * fs));
            for (int s = from; s <= to; s++) {
                double x = s / fs - r;
                double p = pWave ? gauss(x, P_AT, P_WIDTH) : 0;
                double q = gauss(x, Q_AT, QS_WIDTH);
                double rw = gauss(x, 0, R_WIDTH);
                double sw = gauss(x, S_AT, QS_WIDTH);
                double tw = gauss(x, tAt, tWidth);
                // ST plateau: rises at the J point, ends with the T wave
                double st = sigmoid((x - J_AT) / 0.004) * sigmoid((tAt + tWidth - x) / 0.03);
                for (int l = 0; l < INDEPENDENT.length; l++) {
                    double[] a = AMPLITUDE[l];
                    independent[l][s] += a[0] * p
                            + a[1] * q
                            + a[2] * rw
                            + a[3] * sw
                            + a[4] * tw
                            + spec.stElevation().getOrDefault(INDEPENDENT[l], 0.0) * st;
                }
            }
        }
        double fRate = random.nextDouble(5, 7);
        double fPhase = random.nextDouble(0, 2 * Math.PI);
        double wanderPhase = random.nextDouble(0, 2 * Math.PI);
        for (int l = 0; l < INDEPENDENT.length; l++) {
            double leadPhase = random.nextDouble(0, 0.5);
            for (int s = 0; s < n; s++) {
                double time = s / fs;
                double v = spec.noiseMv() * gaussian(random)
                        + spec.wanderMv() * Math.sin(2 * Math.PI * 0.3 * time + wanderPhase + leadPhase);
                if (spec.rhythm() == Rhythm.ATRIAL_FIBRILLATION) {
                    v += 0.04 * F_WAVE[l] * Math.sin(2 * Math.PI * fRate * time + fPhase + 0.8 * Math.sin(time));
                }
                independent[l][s] += v;
            }
        }
        Map<Lead, double[]> leads = new EnumMap<>(Lead.class);
        for (int l = 0; l < INDEPENDENT.length; l++) {
            leads.put(INDEPENDENT[l], independent[l]);
        }
        EcgSignal.deriveLimbLeads(leads);
        List<Integer> peaks = new ArrayList<>();
        for (double[] beat : beats) {
            int index = (int) Math.round(beat[0] * fs);
            if (index >= 0 && index < n) {
                peaks.add(index);
            }
        }
        return new Result(
                new EcgSignal(fs, leads),
                peaks.stream().mapToInt(Integer::intValue).toArray(),
                spec);
    }

    private static double gauss(double x, double at, double width) {
        double z = (x - at) / width;
        return z * z > 40 ? 0 : Math.exp(-0.5 * z * z);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
