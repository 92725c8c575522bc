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
    private final double[] logY; // log(y), 0 where y = 0: the deviance without one log per point and iteration

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

    private PoissonGlm(double[] y, double[] t, int[] group, int groups, double[] prior, boolean slope) {
        this.n = y.length;
        this.groups = groups;
        this.slope = slope;
        this.y = y;
        this.t = t;
        this.group = group;
        this.prior = prior;
        this.logY = new double[n];
        for (int i = 0; i < n; i++) {
            logY[i] = y[i] > 0 ? Math.log(y[i]) : 0;
        }
        this.eta = new double[n];
        this.mu = new double[n];
        this.workingWeight = new double[n];
        this.intercept = new double[groups];
        this.weightSum = new double[groups];
        this.tBar = new double[groups];
    }

    /**
     * Fits the model; {@code group[i]} in 0..groups-1, every group present; {@code prior} null for unit weights.
     */
    static PoissonGlm fit(double[] y, double[] t, int[] group, int groups, double[] prior, boolean slope) {
        PoissonGlm m = new PoissonGlm(y, t, group, groups, prior, slope);
        m.irls();
        return m;
    }

    private double prior(int i) {
        return prior == null ? 1.0 : prior[i];
    }

    private void irls() {
        double[] z = new double[n];
        double[] zSum = new double[groups];
        double[] expIntercept = new double[groups];
        for (int i = 0; i < n; i++) {
            eta[i] = Math.log(y[i] + 0.1);
            mu[i] = Math.max(Math.exp(eta[i]), DBL_EPSILON);
        }
        double devold = deviance();
        for (int iter = 1; iter <= MAX_ITERATIONS; iter++) {
            java.util.Arrays.fill(weightSum, 0);
            java.util.Arrays.fill(tBar, 0);
            java.util.Arrays.fill(zSum, 0);
            for (int i = 0; i < n; i++) {
                double muEta = mu[i]; // mu.eta(eta) = max(exp(eta), eps) = mu for the log link
                z[i] = eta[i] + (y[i] - mu[i]) / muEta;
                double w = prior(i) * muEta * muEta / mu[i];
                workingWeight[i] = w;
                int g = group[i];
                weightSum[g] += w;
                tBar[g] += w * t[i];
                zSum[g] += w * z[i];
            }
            for (int g = 0; g < groups; g++) {
                tBar[g] /= weightSum[g];
                zSum[g] /= weightSum[g]; // now zbar_g
            }
            beta = 0;
            if (slope) {
                double sxy = 0;
                sxx = 0;
                for (int i = 0; i < n; i++) {
                    int g = group[i];
                    double dt = t[i] - tBar[g];
                    sxx += workingWeight[i] * dt * dt;
                    sxy += workingWeight[i] * dt * (z[i] - zSum[g]);
                }
                beta = sxy / sxx;
            }
            for (int g = 0; g < groups; g++) {
                intercept[g] = zSum[g] - beta * tBar[g];
            }
            updateMeans(expIntercept);
            double dev = deviance();
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
     * eta = a_g + beta t and mu = exp(eta). The exponentials are the cost of the whole detector, so mu is built as
     * exp(a_g) * exp(beta t) with exp(beta t) advanced by one multiplication per step along the (sorted) wtime: the
     * relative rounding drift over a few hundred steps is ~1e-14, far inside the 1e-8 parity tolerance.
     */
    private void updateMeans(double[] expIntercept) {
        for (int g = 0; g < groups; g++) {
            expIntercept[g] = Math.exp(intercept[g]);
        }
        double e = 1;
        double lastStep = Double.NaN;
        double stepFactor = 1;
        for (int i = 0; i < n; i++) {
            eta[i] = intercept[group[i]] + beta * t[i];
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
            double m = expIntercept[group[i]] * e;
            if (!(m > 0 && Double.isFinite(m))) {
                m = Math.exp(eta[i]);
            }
            mu[i] = Math.max(m, DBL_EPSILON);
        }
    }

    /** Poisson deviance, R's {@code poisson()$dev.resids} summed. */
    private double deviance() {
        double dev = 0;
        for (int i = 0; i < n; i++) {
            // log(y / mu) = log y - eta unless mu was clamped at DBL_EPSILON
            double logRatio = mu[i] > DBL_EPSILON ? logY[i] - eta[i] : Math.log(y[i] / mu[i]);
            double r = y[i] > 0 ? prior(i) * (y[i] * logRatio - (y[i] - mu[i])) : mu[i] * prior(i);
            dev += 2 * r;
        }
        return dev;
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
