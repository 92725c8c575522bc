package org.regionalhealth.surveillance.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code surveillance::farringtonFlexible} 1.20.3 (Farrington et al. 1996; Noufaily et al. 2013), ported from
 * R/farringtonFlexible.R and research note §8.3, including the package's reweighting quirk: after the reweighted
 * refit the glm's working weights are overwritten with the Farrington weights ω, so the prediction standard error and
 * the trend test use D* = Σ ω ((y - μ)/μ)² / (n - rank) while the threshold uses φ = max(Pearson / (n - rank), 1).
 * Population offsets are not supported (R's default {@code populationOffset = FALSE}).
 */
public final class FarringtonFlexible implements Detector {

    /** How the upper bound is computed: Farrington's delta method or Noufaily's negative binomial quantiles. */
    public enum ThresholdMethod {
        DELTA,
        NB_PLUGIN,
        MUAN
    }

    /** Power transformation for the delta method. */
    public enum PowerTransform {
        TWO_THIRDS(2.0 / 3),
        HALF(1.0 / 2),
        NONE(1.0);

        final double exponent;

        PowerTransform(double exponent) {
            this.exponent = exponent;
        }
    }

    /** Control list, names as in R. */
    public record Control(
            int b,
            int w,
            boolean reweight,
            double weightsThreshold,
            double alpha,
            boolean trend,
            double pThresholdTrend,
            double limit54Cases,
            int limit54Periods,
            PowerTransform powertrans,
            int noPeriods,
            int pastWeeksNotIncluded,
            ThresholdMethod thresholdMethod) {

        public Control {
            if (b < 1) {
                throw new InvalidDetectorParameter("b", "回溯年数 b 至少为 1");
            }
            if (w < 0) {
                throw new InvalidDetectorParameter("w", "半窗口 w 不能为负数");
            }
            if (!(alpha > 0 && alpha < 1)) {
                throw new InvalidDetectorParameter("alpha", "alpha 必须在 (0,1) 之间");
            }
            if (!(limit54Cases >= 0) || limit54Periods <= 0) {
                throw new InvalidDetectorParameter("limit54", "limit54 要求病例数 >= 0 且期数 > 0");
            }
            if (noPeriods < 1) {
                throw new InvalidDetectorParameter("noPeriods", "noPeriods 至少为 1");
            }
            if (pastWeeksNotIncluded < 0) {
                throw new InvalidDetectorParameter("pastWeeksNotIncluded", "pastWeeksNotIncluded 不能为负数");
            }
            if (!(weightsThreshold > 0)) {
                throw new InvalidDetectorParameter("weightsThreshold", "weightsThreshold 必须为正数");
            }
        }

        /** R's defaults (research note §2.4). */
        public static Control defaults() {
            return new Control(
                    5, 3, true, 2.58, 0.05, true, 0.05, 5, 4, PowerTransform.TWO_THIRDS, 1, 3, ThresholdMethod.DELTA);
        }

        /** Noufaily et al. 2013's recommendation: 10 periods, 26 weeks excluded, negative binomial plug-in. */
        public static Control noufaily() {
            Control d = defaults();
            return new Control(
                    d.b, d.w, true, 2.58, d.alpha, true, 0.05, 5, 4, d.powertrans, 10, 26, ThresholdMethod.NB_PLUGIN);
        }
    }

    /**
     * The per-point diagnostics R stores in {@code sts@control}: mu0Vector (may be infinite, as in R, when the
     * prediction standard error overflows), phiVector, trendVector.
     */
    public record Diagnostics(Double mu0, Double phi, boolean trendUsed, Double trendCoef) {}

    /** A detection point with its diagnostics. */
    public record Evaluation(DetectionPoint point, Diagnostics diagnostics) {}

    private final Control control;
    private final double z;

    public FarringtonFlexible(Control control) {
        this.control = control;
        this.z = Distributions.qnorm(1 - control.alpha());
    }

    public Control control() {
        return control;
    }

    @Override
    public String algorithm() {
        return "farringtonFlexible";
    }

    @Override
    public EvaluationRange defaultRange(CountSeries series) {
        int first = series.frequency() * control.b() + control.w() + 1;
        return EvaluationRange.of(Math.min(first, series.length()), series.length());
    }

    @Override
    public DetectionResult detect(CountSeries series, EvaluationRange range) {
        List<Evaluation> ev = evaluate(series, range);
        List<DetectionPoint> pts = new ArrayList<>(ev.size());
        for (Evaluation e : ev) {
            pts.add(e.point());
        }
        return new DetectionResult(algorithm(), pts);
    }

    /** Like {@link #detect} but with R's diagnostics per point. */
    public List<Evaluation> evaluate(CountSeries series, EvaluationRange range) {
        EvaluationRange r = range == null ? defaultRange(series) : range;
        if (r.to() > series.length()) {
            throw new InvalidDetectorParameter("range", "评估区间终点 " + r.to() + " 超出序列长度 " + series.length());
        }
        FarringtonBaseline baseline = new FarringtonBaseline(series);
        List<Evaluation> out = new ArrayList<>(r.size());
        for (int k = r.from(); k <= r.to(); k++) {
            out.add(evaluateAt(series, baseline, k));
        }
        return out;
    }

    private Evaluation evaluateAt(CountSeries series, FarringtonBaseline baseline, int k) {
        double obs = series.at(k);
        FarringtonBaseline.Design design =
                baseline.design(k, control.b(), control.w(), control.noPeriods(), control.pastWeeksNotIncluded());
        if (design == null) {
            return new Evaluation(
                    DetectionPoint.insufficient(k, series.dateAt(k), obs), new Diagnostics(null, null, false, null));
        }
        FarringtonModel.Prediction pred = FarringtonModel.fit(series, design, control, k);
        if (pred == null) {
            DetectionPoint p = new DetectionPoint(
                    k,
                    series.dateAt(k),
                    DetectionPoint.boxed(obs),
                    null,
                    null,
                    null,
                    null,
                    null,
                    DetectionPoint.Status.UNDEFINED);
            return new Evaluation(p, new Diagnostics(null, null, false, null));
        }
        boolean delta = control.thresholdMethod() == ThresholdMethod.DELTA;
        double upper;
        double prob;
        double predFit;
        if (delta) {
            // algo.farrington.threshold.farrington: response-scale prediction
            double mu0 = Math.max(Math.exp(pred.eta()), Math.ulp(1.0));
            double seMu = pred.seEta() * mu0;
            predFit = mu0;
            double tau = pred.phi() + seMu * seMu / mu0;
            double e = control.powertrans().exponent;
            double se =
                    switch (control.powertrans()) {
                        case NONE -> Math.sqrt(mu0 * tau);
                        case HALF -> Math.sqrt(1.0 / 4 * tau);
                        case TWO_THIRDS -> Math.sqrt(4.0 / 9 * Math.pow(mu0, 1.0 / 3) * tau);
                    };
            upper = Math.pow(Math.pow(mu0, e) + z * se, 1 / e);
            prob = Distributions.pnormUpper((Math.pow(obs, e) - Math.pow(mu0, e)) / se);
        } else {
            // algo.farrington.threshold.noufaily: link-scale prediction
            predFit = pred.eta();
            double m = control.thresholdMethod() == ThresholdMethod.NB_PLUGIN
                    ? Math.exp(pred.eta())
                    : Math.exp(pred.eta() + pred.seEta() * z);
            if (Double.isInfinite(m)) {
                upper = Double.NaN;
                prob = Double.NaN;
            } else if (pred.phi() > 1) {
                double size = m / (pred.phi() - 1);
                upper = Distributions.qnbinom(1 - control.alpha(), size, 1 / pred.phi());
                prob = Distributions.nbinomAtLeast(obs, size, 1 / pred.phi());
            } else {
                upper = Distributions.qpois(1 - control.alpha(), m);
                prob = Distributions.poissonAtLeast(obs, m);
            }
        }
        double score = Double.isNaN(upper) ? Double.NaN : (obs - predFit) / (upper - predFit);
        double recent = 0;
        for (int i = Math.max(1, k - control.limit54Periods() + 1); i <= k; i++) {
            recent += series.at(i);
        }
        boolean enoughCases = recent >= control.limit54Cases();
        boolean alarm = enoughCases && !Double.isNaN(score) && score > 1 && obs != 0;
        Double upperbound = enoughCases ? EarsC.finite(upper) : null;
        Double expected = !Double.isNaN(upper) && enoughCases ? (delta ? predFit : Math.exp(predFit)) : null;
        double mu0 = control.thresholdMethod() == ThresholdMethod.NB_PLUGIN
                ? Math.exp(pred.eta())
                : Math.exp(delta ? predFit + z * pred.seEta() * predFit : pred.eta() + z * pred.seEta());
        DetectionPoint p = new DetectionPoint(
                k,
                series.dateAt(k),
                DetectionPoint.boxed(obs),
                expected,
                upperbound,
                alarm,
                EarsC.finite(score),
                DetectionPoint.boxed(prob),
                DetectionPoint.Status.EVALUATED);
        return new Evaluation(
                p,
                new Diagnostics(
                        DetectionPoint.boxed(mu0),
                        pred.phi(),
                        pred.trendUsed(),
                        pred.trendUsed() ? pred.trendCoef() : null));
    }
}
