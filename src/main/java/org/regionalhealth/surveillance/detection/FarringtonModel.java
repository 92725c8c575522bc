package org.regionalhealth.surveillance.detection;

/**
 * The model step of farringtonFlexible (R/farringtonFlexible.R {@code algo.farrington.fitGLM.flexible} and
 * {@code algo.farrington.glm}; research note §8.3 steps 5-9): fit, Anscombe reweighting, trend decision, prediction.
 */
final class FarringtonModel {

    private FarringtonModel() {}

    /** Linear predictor at k, its standard error, φ, and the trend decision. */
    record Prediction(double eta, double seEta, double phi, boolean trendUsed, double trendCoef) {}

    /** A fitted model with the dispersion R's later summary/predict calls would use. */
    private record Fitted(PoissonGlm glm, double phi, double summaryDispersion) {}

    static Prediction fit(CountSeries series, FarringtonBaseline.Design design, FarringtonFlexible.Control c, int k) {
        int n = design.index().length;
        double[] y = new double[n];
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            y[i] = series.at(design.index()[i]);
            maxY = Math.max(maxY, y[i]);
        }
        // season levels present, mapped to 0..L-1; the prediction uses level noPeriods
        int[] map = new int[c.noPeriods() + 1];
        java.util.Arrays.fill(map, -1);
        int groups = 0;
        for (int lv : design.level()) {
            if (map[lv] < 0) {
                map[lv] = 0;
            }
        }
        for (int lv = 1; lv <= c.noPeriods(); lv++) {
            if (map[lv] == 0) {
                map[lv] = groups++;
            }
        }
        if (map[c.noPeriods()] < 0) {
            return null;
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = map[design.level()[i]];
        }
        int gNow = map[c.noPeriods()];
        double tNow = design.predictionWtime();

        PoissonGlm.Response response = new PoissonGlm.Response(y);
        Fitted model = fitFlexible(response, design.wtime(), group, groups, c, c.trend());
        if (model == null) {
            return null;
        }
        boolean doTrend = false;
        if (model.glm().slope) {
            PoissonGlm g = model.glm();
            double etaNow = g.linearPredictor(gNow, tNow);
            double se = Math.sqrt(model.summaryDispersion() * g.slopeUnscaledVariance());
            double p = Distributions.tTestTwoSided(g.beta / se, g.residualDf());
            boolean significant = p < c.pThresholdTrend();
            boolean noExtrapolation = Math.max(Math.exp(etaNow), Math.ulp(1.0)) <= maxY;
            doTrend = c.b() >= 3 && significant && noExtrapolation;
            if (!doTrend) {
                model = fitFlexible(response, design.wtime(), group, groups, c, false);
                if (model == null) {
                    return null;
                }
            }
        }
        PoissonGlm g = model.glm();
        double eta = g.linearPredictor(gNow, tNow);
        double seEta = Math.sqrt(model.summaryDispersion() * g.unscaledVariance(gNow, tNow));
        return new Prediction(eta, seEta, model.phi(), doTrend, doTrend ? g.beta : Double.NaN);
    }

    /** {@code algo.farrington.fitGLM.flexible}: fit, fall back to no trend, reweight. */
    private static Fitted fitFlexible(
            PoissonGlm.Response y, double[] t, int[] group, int groups, FarringtonFlexible.Control c, boolean trend) {
        PoissonGlm m = PoissonGlm.fit(y, t, group, groups, null, trend);
        boolean withTrend = trend;
        if (!m.converged) {
            if (!trend) {
                return null;
            }
            withTrend = false;
            m = PoissonGlm.fit(y, t, group, groups, null, false);
            if (!m.converged) {
                return null;
            }
        }
        double phi = Math.max(m.dispersion(null), 1);
        if (!c.reweight()) {
            return new Fitted(m, phi, m.dispersion(null));
        }
        double[] omega = weights(anscombe(m, phi), c.weightsThreshold());
        PoissonGlm refit = PoissonGlm.fit(y, t, group, groups, omega, withTrend);
        double phiRefit = Math.max(refit.dispersion(null), 1);
        // the package overwrites model$weights with omega: summary()/predict() then see D*
        return new Fitted(refit, phiRefit, refit.dispersion(omega));
    }

    /** Standardised Anscombe residuals (R/algo_farrington.R {@code anscombe.residuals}). */
    private static double[] anscombe(PoissonGlm m, double phi) {
        double[] s = new double[m.n];
        for (int i = 0; i < m.n; i++) {
            double mu = m.mu[i];
            // y^(2/3) mu^(-1/6) via cbrt/sqrt: same value to an ulp, several times cheaper than Math.pow
            double sqrtMu = Math.sqrt(mu);
            double a = 1.5 * (cbrtSquare(m.y[i]) / Math.cbrt(sqrtMu) - sqrtMu);
            s[i] = a / Math.sqrt(phi * (1 - m.hat(i)));
        }
        return s;
    }

    private static final double[] CBRT_SQUARE = new double[4096];

    static {
        for (int v = 0; v < CBRT_SQUARE.length; v++) {
            CBRT_SQUARE[v] = Math.cbrt((double) v * v);
        }
    }

    /** y^(2/3) from a table for the usual integer counts (same Math.cbrt value), computed otherwise. */
    private static double cbrtSquare(double y) {
        int k = (int) y;
        return k == y && k >= 0 && k < CBRT_SQUARE.length ? CBRT_SQUARE[k] : Math.cbrt(y * y);
    }

    /** {@code algo.farrington.assign.weights}: γ s^-2 above the threshold, γ below, mean weight 1. */
    private static double[] weights(double[] s, double threshold) {
        double sum = 0;
        for (double v : s) {
            sum += v > threshold ? 1 / (v * v) : 1;
        }
        double gamma = s.length / sum;
        double[] omega = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            omega[i] = s[i] > threshold ? gamma / (s[i] * s[i]) : gamma;
        }
        return omega;
    }
}
