package org.regionalhealth.ecg.preread;

/** Second-order Butterworth sections (RBJ audio-EQ cookbook, bilinear transform), run forward and backward. */
final class Filters {

    private static final double Q = Math.sqrt(0.5);

    private Filters() {}

    static double[] bandPass(double[] x, double fs, double low, double high) {
        return zeroPhase(zeroPhase(x, highPass(fs, low)), lowPass(fs, high));
    }

    static double[] lowPass(double[] x, double fs, double cutoff) {
        return zeroPhase(x, lowPass(fs, cutoff));
    }

    private static double[] lowPass(double fs, double f0) {
        double w = 2 * Math.PI * f0 / fs;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * Q);
        return normalise((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private static double[] highPass(double fs, double f0) {
        double w = 2 * Math.PI * f0 / fs;
        double cos = Math.cos(w);
        double alpha = Math.sin(w) / (2 * Q);
        return normalise((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private static double[] normalise(double b0, double b1, double b2, double a0, double a1, double a2) {
        return new double[] {b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0};
    }

    private static double[] zeroPhase(double[] x, double[] c) {
        double[] y = run(x, c, false);
        return run(y, c, true);
    }

    private static double[] run(double[] x, double[] c, boolean backward) {
        int n = x.length;
        double[] y = new double[n];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        // start from the first value at rest: no step at the edge
        double first = backward ? x[n - 1] : x[0];
        double gainDc = (c[0] + c[1] + c[2]) / (1 + c[3] + c[4]);
        x1 = x2 = first;
        y1 = y2 = first * gainDc;
        for (int k = 0; k < n; k++) {
            int i = backward ? n - 1 - k : k;
            double v = c[0] * x[i] + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = v;
            y[i] = v;
        }
        return y;
    }

    /** Centred moving average over {@code window} samples. */
    static double[] movingAverage(double[] x, int window) {
        int n = x.length;
        double[] out = new double[n];
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + x[i];
        }
        int half = window / 2;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(n, i - half + window);
            out[i] = (prefix[to] - prefix[from]) / Math.max(1, to - from);
        }
        return out;
    }
}
