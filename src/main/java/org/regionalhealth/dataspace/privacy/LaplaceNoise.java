package org.regionalhealth.dataspace.privacy;

import java.util.random.RandomGenerator;

/**
 * The Laplace mechanism for counts (Dwork et al. 2006): a count changes by at most 1 when one person is added or
 * removed (sensitivity 1), so noise drawn from Laplace(0, 1/ε) makes each released count ε-differentially private.
 * Counts are rounded and floored at 0 (post-processing keeps the guarantee). Queries under one contract compose: n
 * queries cost n·ε, which is why the contract's use count is also the privacy budget (docs/data-space.md).
 */
public final class LaplaceNoise {

    private final double epsilon;
    private final RandomGenerator random;

    public LaplaceNoise(double epsilon, RandomGenerator random) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be positive");
        }
        this.epsilon = epsilon;
        this.random = random;
    }

    public double epsilon() {
        return epsilon;
    }

    /** One draw from Laplace(0, 1/ε) by inverse transform. */
    public double draw() {
        double u = random.nextDouble() - 0.5;
        double scale = 1.0 / epsilon;
        return -scale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
    }

    public long noisy(long count) {
        return Math.max(0, Math.round(count + draw()));
    }
}
