package org.regionalhealth.surveillance.detection;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The few distribution functions the detectors need, written to agree with R's {@code nmath}: {@code qnorm} is
 * Wichura's AS 241 (the algorithm R uses), the negative binomial with non-integer size goes through the regularised
 * incomplete beta (commons-math3's {@code PascalDistribution} only takes integer sizes), and the discrete quantiles
 * use R's search with its {@code 1 - 64 * DBL_EPSILON} fuzz (R src/nmath/qDiscrete_search.h).
 */
final class Distributions {

    private static final double DBL_EPSILON = Math.ulp(1.0);

    private Distributions() {}

    /** Standard normal quantile, AS 241 PPND16 (Wichura 1988), as R's {@code qnorm(p)}. */
    static double qnorm(double p) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            return Double.NaN;
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double q = p - 0.5;
        double r;
        double val;
        if (Math.abs(q) <= .425) {
            r = .180625 - q * q;
            val = q
                    * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                                                                                            + 45921.953931549871457)
                                                                                    * r
                                                                            + 13731.693765509461125)
                                                                    * r
                                                            + 1971.5909503065514427)
                                                    * r
                                            + 133.14166789178437745)
                                    * r
                            + 3.387132872796366608)
                    / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                                                                                            + 21213.794301586595867)
                                                                                    * r
                                                                            + 5394.1960214247511077)
                                                                    * r
                                                            + 687.1870074920579083)
                                                    * r
                                            + 42.313330701600911252)
                                    * r
                            + 1.);
            return val;
        }
        r = q < 0 ? p : 1 - p;
        r = Math.sqrt(-Math.log(r));
        if (r <= 5.) {
            r -= 1.6;
            val = (((((((r * 7.7454501427834140764e-4 + .0227238449892691845833) * r + .24178072517745061177) * r
                                                                                            + 1.27045825245236838258)
                                                                                    * r
                                                                            + 3.64784832476320460504)
                                                                    * r
                                                            + 5.7694972214606914055)
                                                    * r
                                            + 4.6303378461565452959)
                                    * r
                            + 1.42343711074968357734)
                    / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + .0151986665636164571966) * r
                                                                                            + .14810397642748007459)
                                                                                    * r
                                                                            + .68976733498510000455)
                                                                    * r
                                                            + 1.6763848301838038494)
                                                    * r
                                            + 2.05319162663775882187)
                                    * r
                            + 1.);
        } else {
            r -= 5.;
            val = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + .0012426609473880784386) * r
                                                                                            + .026532189526576123093)
                                                                                    * r
                                                                            + .29656057182850489123)
                                                                    * r
                                                            + 1.7848265399172913358)
                                                    * r
                                            + 5.4637849111641143699)
                                    * r
                            + 6.6579046435011037772)
                    / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5)
                                                                                                    * r
                                                                                            + 7.868691311456132591e-4)
                                                                                    * r
                                                                            + .0148753612908506148525)
                                                                    * r
                                                            + .13692988092273580531)
                                                    * r
                                            + .59983220655588793769)
                                    * r
                            + 1.);
        }
        return q < 0.0 ? -val : val;
    }

    /** Upper tail of the standard normal, {@code pnorm(x, lower.tail = FALSE)}. */
    static double pnormUpper(double x) {
        return 0.5 * Erf.erfc(x / Math.sqrt(2.0));
    }

    /** Two-sided p-value of a t statistic, {@code 2 * pt(-|t|, df)}. */
    static double tTestTwoSided(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    /** Poisson lower CDF {@code ppois(x, lambda)}. */
    static double ppois(double x, double lambda) {
        if (x < 0) {
            return 0;
        }
        if (lambda == 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(Math.floor(x) + 1, lambda);
    }

    /** Poisson upper tail {@code P(Y >= y)} = {@code ppois(y - 1, lambda, lower.tail = FALSE)}. */
    static double poissonAtLeast(double y, double lambda) {
        if (y <= 0) {
            return 1;
        }
        if (lambda == 0) {
            return 0;
        }
        return Gamma.regularizedGammaP(Math.ceil(y), lambda);
    }

    /** Negative binomial lower CDF {@code pnbinom(x, size, prob)} = I_prob(size, x + 1). */
    static double pnbinom(double x, double size, double prob) {
        if (x < 0) {
            return 0;
        }
        return Beta.regularizedBeta(prob, size, Math.floor(x) + 1);
    }

    /** Negative binomial upper tail {@code P(Y >= y)} = I_{1-prob}(y, size). */
    static double nbinomAtLeast(double y, double size, double prob) {
        if (y <= 0) {
            return 1;
        }
        return Beta.regularizedBeta(1 - prob, Math.ceil(y), size);
    }

    /** Poisson quantile {@code qpois(p, lambda)}. */
    static double qpois(double p, double lambda) {
        if (lambda == 0) {
            return 0;
        }
        double mu = lambda;
        double sigma = Math.sqrt(lambda);
        double gamma = 1.0 / sigma;
        return discreteQuantile(p, mu, sigma, gamma, x -> ppois(x, lambda));
    }

    /** Negative binomial quantile {@code qnbinom(p, size, prob)} for real {@code size > 0}. */
    static double qnbinom(double p, double size, double prob) {
        double bigQ = 1.0 / prob;
        double bigP = (1 - prob) * bigQ;
        double mu = size * bigP;
        double sigma = Math.sqrt(size * bigP * bigQ);
        return discreteQuantile(p, mu, sigma, (bigQ + bigP) / sigma, x -> pnbinom(x, size, prob));
    }

    private interface Cdf {
        double at(double x);
    }

    /**
     * Smallest integer x with CDF(x) >= p (R's discrete quantile search: Cornish-Fisher start, then step down or up;
     * {@code p} is fuzzed by {@code 1 - 64 * DBL_EPSILON} as in R so that rounding does not push it one step up).
     */
    private static double discreteQuantile(double p, double mu, double sigma, double gamma, Cdf cdf) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            return Double.NaN;
        }
        if (p == 0) {
            return 0;
        }
        if (p + 1.01 * DBL_EPSILON >= 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double z = qnorm(p);
        double y = Math.max(0, Math.round(mu + sigma * (z + gamma * (z * z - 1) / 6)));
        double target = p * (1 - 64 * DBL_EPSILON);
        double c = cdf.at(y);
        if (c >= target) {
            while (y > 0 && cdf.at(y - 1) >= target) {
                y--;
            }
        } else {
            do {
                y++;
            } while (cdf.at(y) < target);
        }
        return y;
    }
}
