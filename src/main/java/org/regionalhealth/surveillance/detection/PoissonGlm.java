package org.regionalhealth.surveillance.detection;

/**
 * Quasi-Poisson log-link GLM for the one design farringtonFlexible needs: one intercept per season group (the span
 * of R's {@code 1 + seasgroups}) plus an optional common slope in {@code wtime}. Fitted by IRLS exactly as R's
 * {@code glm.fit} (R src/library/stats/R/glm.R): start {@code mu = y + 0.1}, working weights
 * {@code prior * mu}, convergence when {@code |dev - devold| / (|dev| + 0.1) < 1e-8}, at most 25 iterations; the
 * weighted least-squares step and its inverse are solved in closed form because X'WX is an arrowhead matrix, and the
 * slope is computed from within-group centred wtime, which is both O(n) and better conditioned than a QR of the raw
 * design. Inference (hat values, prediction variance) uses the working weights of the last iteration, as R's QR does.
 */
final class PoissonGlm {

    static final double EPSILON = 1e-8;
    static final int MAX_ITERATIONS = 25;
    private static final double DBL_EPSILON = Math.ulp(1.0);

    final int n;
    final int groups;
    final boolean slope;
    final double[] y;
    final double[] t;
    final int[] group;
    final double[] prior;
    private final Response response;

    // results
    boolean converged;
    final double[] eta;
    final double[] mu;
    final double[] workingWeight; // prior * mu of the last iteration (R's fit$weights)
    final double[] intercept;
    double beta; // slope
    final double[] weightSum; // D_g
    final double[] tBar; // weighted mean of t per group
    double sxx; // S = sum W (t - tbar_g)^2

    /**
     * What depends on y alone, computed once per evaluation and shared by its (up to four) fits: log y for the
     * deviance, and R's start {@code eta = log(y + 0.1)}, {@code mu = max(exp(eta), eps)}. Counts are small integers,
     * so these come from tables filled with the very same {@code Math.log}/{@code Math.exp} calls (bit-identical),
     * which removes 3n transcendental calls per fit.
     */
    static final class Response {
        private static final int TABLE = 4096;
        private static final double[] LOG = new double[TABLE];
        private static final double[] ETA_START = new double[TABLE];
        private static final double[] MU_START = new double[TABLE];

        static {
            for (int v = 0; v < TABLE; v++) {
                LOG[v] = v > 0 ? Math.log(v) : 0;
                ETA_START[v] = Math.log(v + 0.1);
                MU_START[v] = Math.max(Math.exp(ETA_START[v]), DBL_EPSILON);
            }
        }

        final double[] y;
        final double[] logY; // log(y), 0 where y = 0: the deviance without one log per point and iteration
        final double[] etaStart;
        final double[] muStart;

        Response(double[] y) {
            int n = y.length;
            this.y = y;
            this.logY = new double[n];
            this.etaStart = new double[n];
            this.muStart = new double[n];
            for (int i = 0; i < n; i++) {
                double v = y[i];
                int k = (int) v;
                if (k == v && k >= 0 && k < TABLE) {
                    logY[i] = LOG[k];
                    etaStart[i] = ETA_START[k];
                    muStart[i] = MU_START[k];
                } else {
                    logY[i] = v > 0 ? Math.log(v) : 0;
                    etaStart[i] = Math.log(v + 0.1);
                    muStart[i] = Math.max(Math.exp(etaStart[i]), DBL_EPSILON);
                }
            }
        }
    }

    private PoissonGlm(Response response, double[] t, int[] group, int groups, double[] prior, boolean slope) {
        this.response = response;
        this.y = response.y;
        this.n = y.length;
        this.groups = groups;
        this.slope = slope;
        this.t = t;
        this.group = group;
        this.prior = prior;
        this.eta = response.etaStart.clone();
        this.mu = response.muStart.clone();
        this.workingWeight = new double[n];
        this.intercept = new double[groups];
        this.weightSum = new double[groups];
        this.tBar = new double[groups];
    }

    /**
     * Fits the model; {@code group[i]} in 0..groups-1, every group present; {@code prior} null for unit weights.
     */
    static PoissonGlm fit(Response y, double[] t, int[] group, int groups, double[] prior, boolean slope) {
        PoissonGlm m = new PoissonGlm(y, t, group, groups, prior, slope);
        m.irls();
        return m;
    }

    /**
     * One pass per iteration builds the weighted least-squares step from per-group moments, with t taken relative
     * to the group's unweighted mean so that the centred sums do not cancel: for the log link mu.eta = mu, so the
     * working weight is w = prior mu and w z = prior (mu eta + y - mu), with no division. The slope is
     * Σ w (t - t̄)(z - z̄) / Σ w (t - t̄)², the intercepts z̄_g - beta t̄_g, as the closed form of the arrowhead X'WX.
     */
    private void irls() {
        double[] center = new double[groups];
        int[] size = new int[groups];
        for (int i = 0; i < n; i++) {
            center[group[i]] += t[i];
            size[group[i]]++;
        }
        for (int g = 0; g < groups; g++) {
            center[g] /= size[g];
        }
        double[] sw = weightSum;
        double[] swd = new double[groups]; // Σ w (t - c_g)
        double[] swdd = new double[groups]; // Σ w (t - c_g)^2
        double[] swz = new double[groups]; // Σ w z
        double[] swdz = new double[groups]; // Σ w (t - c_g) z
        double[] expIntercept = new double[groups];
        double devold = deviance();
        for (int iter = 1; iter <= MAX_ITERATIONS; iter++) {
            java.util.Arrays.fill(sw, 0);
            java.util.Arrays.fill(swd, 0);
            java.util.Arrays.fill(swdd, 0);
            java.util.Arrays.fill(swz, 0);
            java.util.Arrays.fill(swdz, 0);
            for (int i = 0; i < n; i++) {
                double m = mu[i];
                double p = prior == null ? 1.0 : prior[i];
                double w = p * m;
                double wz = p * (m * eta[i] + y[i] - m);
                workingWeight[i] = w;
                int g = group[i];
                double d = t[i] - center[g];
                sw[g] += w;
                swz[g] += wz;
                if (slope) {
                    swd[g] += w * d;
                    swdd[g] += w * d * d;
                    swdz[g] += wz * d;
                }
            }
            beta = 0;
            double sxy = 0;
            sxx = 0;
            for (int g = 0; g < groups; g++) {
                double dBar = swd[g] / sw[g];
                tBar[g] = center[g] + dBar;
                swz[g] /= sw[g]; // now zbar_g
                if (slope) {
                    sxx += swdd[g] - dBar * swd[g];
                    sxy += swdz[g] - swz[g] * swd[g];
                }
            }
            if (slope) {
                beta = sxy / sxx;
            }
            for (int g = 0; g < groups; g++) {
                intercept[g] = swz[g] - beta * tBar[g];
            }
            double dev = updateMeansAndDeviance(expIntercept);
            if (!Double.isFinite(dev)) {
                converged = false;
                return;
            }
            if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < EPSILON) {
                converged = true;
                return;
            }
            devold = dev;
        }
        converged = false;
    }

    /**
     * eta = a_g + beta t and mu = exp(eta), and the deviance at the new mu in the same pass. The exponentials are the
     * cost of the whole detector, so mu is built as exp(a_g) * exp(beta t) with exp(beta t) advanced by one
     * multiplication per step along the (sorted) wtime: the relative rounding drift over a few hundred steps is
     * ~1e-14, far inside the 1e-8 parity tolerance.
     */
    private double updateMeansAndDeviance(double[] expIntercept) {
        for (int g = 0; g < groups; g++) {
            expIntercept[g] = Math.exp(intercept[g]);
        }
        double[] logY = response.logY;
        double e = 1;
        double lastStep = Double.NaN;
        double stepFactor = 1;
        double dev = 0;
        for (int i = 0; i < n; i++) {
            int g = group[i];
            double et = intercept[g] + beta * t[i];
            eta[i] = et;
            if (slope) {
                if (i == 0) {
                    e = Math.exp(beta * t[0]);
                } else {
                    double step = t[i] - t[i - 1];
                    if (step != lastStep) {
                        stepFactor = Math.exp(beta * step);
                        lastStep = step;
                    }
                    e *= stepFactor;
                }
            }
            double m = expIntercept[g] * e;
            if (!(m > 0 && Double.isFinite(m))) {
                m = Math.exp(et);
            }
            m = Math.max(m, DBL_EPSILON);
            mu[i] = m;
            dev += devianceTerm(i, m, et, logY[i]);
        }
        return dev;
    }

    /** Poisson deviance, R's {@code poisson()$dev.resids} summed. */
    private double deviance() {
        double dev = 0;
        for (int i = 0; i < n; i++) {
            dev += devianceTerm(i, mu[i], eta[i], response.logY[i]);
        }
        return dev;
    }

    private double devianceTerm(int i, double m, double et, double logYi) {
        double yi = y[i];
        double p = prior == null ? 1.0 : prior[i];
        if (yi > 0) {
            // log(y / mu) = log y - eta unless mu was clamped at DBL_EPSILON
            double logRatio = m > DBL_EPSILON ? logYi - et : Math.log(yi / m);
            return 2 * p * (yi * logRatio - (yi - m));
        }
        return 2 * m * p;
    }

    int rank() {
        return groups + (slope ? 1 : 0);
    }

    double residualDf() {
        return n - rank();
    }

    /** R's working residual {@code (y - mu) / mu.eta(eta)}. */
    double workingResidual(int i) {
        return (y[i] - mu[i]) / mu[i];
    }

    /** {@code summary.glm(model)$dispersion} with the given weights in place of {@code model$weights}. */
    double dispersion(double[] weights) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double r = workingResidual(i);
            double w = weights == null ? workingWeight[i] : weights[i];
            if (w > 0) {
                s += w * r * r;
            }
        }
        return residualDf() > 0 ? s / residualDf() : Double.NaN;
    }

    /** x'(X'WX)^{-1}x for a row in group g at time tt: 1/D_g + (tt - tbar_g)^2 / S. */
    double unscaledVariance(int g, double tt) {
        double v = 1.0 / weightSum[g];
        if (slope) {
            double d = tt - tBar[g];
            v += d * d / sxx;
        }
        return v;
    }

    /** Hat value h_ii = w_i x_i'(X'WX)^{-1}x_i, R's {@code hatvalues()} of the fit. */
    double hat(int i) {
        return workingWeight[i] * unscaledVariance(group[i], t[i]);
    }

    double linearPredictor(int g, double tt) {
        return intercept[g] + (slope ? beta * tt : 0);
    }

    /** Unscaled variance of the slope, (X'WX)^{-1} entry: 1/S. */
    double slopeUnscaledVariance() {
        return 1.0 / sxx;
    }
}
