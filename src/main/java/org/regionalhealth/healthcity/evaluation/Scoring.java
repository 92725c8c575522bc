package org.regionalhealth.healthcity.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.Direction;
import org.regionalhealth.healthcity.Indicator;
import org.regionalhealth.healthcity.IndicatorValue;
import org.regionalhealth.healthcity.TownEvaluation;
import org.regionalhealth.healthcity.TownScore;

/**
 * The composite score (docs/health-city.md, "Method"). Every indicator is normalised by its target and direction to
 * a sub-score of 0–100:
 *
 * <ul>
 *   <li>higher is better: {@code 100 × min(value ÷ target, 1)} (0 for a negative value);
 *   <li>lower is better: {@code 100} when {@code value ≤ target}, otherwise {@code 100 × target ÷ value};
 *   <li>a missing value scores 0 (not reporting must not raise a town's score).
 * </ul>
 *
 * The town's score is {@code Σ weight × sub-score ÷ Σ weight} over every indicator of the evaluation, with the
 * weights of the catalogue version the value was collected under. Towns rank by score (equal scores share a rank);
 * the most improved are the towns whose score rose most over the year before.
 */
public final class Scoring {

    private Scoring() {}

    /** One indicator of a town: the version that applies and the value, if any. */
    public record Line(Indicator indicator, @Nullable IndicatorValue value) {}

    /** A town's composite score with its items. */
    public record Scored(double score, double completeness, List<TownEvaluation.Item> items) {}

    public static double subScore(BigDecimal value, BigDecimal target, Direction direction) {
        double v = value.doubleValue();
        double t = target.doubleValue();
        if (direction == Direction.HIGHER) {
            if (t <= 0) {
                return v >= t ? 100 : 0;
            }
            return Math.max(0, Math.min(v / t, 1)) * 100;
        }
        if (v <= t) {
            return 100;
        }
        if (t <= 0) {
            return 0;
        }
        return Math.min(t / v, 1) * 100;
    }

    public static Scored score(List<Line> lines) {
        double weights = 0;
        double reported = 0;
        double sum = 0;
        var scored = new ArrayList<double[]>();
        for (var line : lines) {
            double w = line.indicator().weight().doubleValue();
            double s = line.value() == null
                    ? 0
                    : subScore(
                            line.value().value(),
                            line.indicator().target(),
                            line.indicator().direction());
            weights += w;
            if (line.value() != null) {
                reported += w;
            }
            sum += w * s;
            scored.add(new double[] {s, w});
        }
        var items = new ArrayList<TownEvaluation.Item>();
        for (int i = 0; i < lines.size(); i++) {
            double s = scored.get(i)[0];
            double w = scored.get(i)[1];
            items.add(new TownEvaluation.Item(
                    lines.get(i).indicator(),
                    lines.get(i).value(),
                    round(s),
                    w,
                    weights == 0 ? 0 : round(w * s / weights)));
        }
        return new Scored(
                weights == 0 ? 0 : round(sum / weights), weights == 0 ? 0 : round(100 * reported / weights), items);
    }

    /**
     * Ranks the towns of a year and sets each one's change against the year before.
     *
     * @param names town code → name, in the district's order (ties keep it)
     */
    public static List<TownScore> rank(
            Map<String, String> names, Map<String, Scored> year, Map<String, Scored> previousYear) {
        var previousRanks = ranks(names, previousYear);
        var order = ordered(names, year);
        var result = new ArrayList<TownScore>();
        int rank = 0;
        double last = Double.NaN;
        for (int i = 0; i < order.size(); i++) {
            String code = order.get(i);
            double score = year.get(code).score();
            if (i == 0 || Double.compare(score, last) != 0) {
                rank = i + 1;
                last = score;
            }
            var before = previousYear.get(code);
            Double previous = before == null ? null : before.score();
            result.add(new TownScore(
                    rank,
                    code,
                    names.get(code),
                    score,
                    year.get(code).completeness(),
                    previous,
                    previous == null ? null : round(score - previous),
                    previousRanks.get(code)));
        }
        return result;
    }

    /** Up to {@code n} towns whose score rose, largest rise first (进步最快). */
    public static List<TownScore> mostImproved(List<TownScore> ranking, int n) {
        return ranking.stream()
                .filter(t -> t.change() != null && t.change() > 0)
                .sorted(Comparator.comparing((TownScore t) -> t.change()).reversed())
                .limit(n)
                .toList();
    }

    private static Map<String, Integer> ranks(Map<String, String> names, Map<String, Scored> year) {
        var order = ordered(names, year);
        var ranks = new java.util.HashMap<String, Integer>();
        int rank = 0;
        double last = Double.NaN;
        for (int i = 0; i < order.size(); i++) {
            double score = year.get(order.get(i)).score();
            if (i == 0 || Double.compare(score, last) != 0) {
                rank = i + 1;
                last = score;
            }
            ranks.put(order.get(i), rank);
        }
        return ranks;
    }

    private static List<String> ordered(Map<String, String> names, Map<String, Scored> year) {
        var codes = new ArrayList<>(names.keySet());
        var position = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < codes.size(); i++) {
            position.put(codes.get(i), i);
        }
        return codes.stream()
                .filter(year::containsKey)
                .sorted(Comparator.comparing((String c) -> year.get(c).score())
                        .reversed()
                        .thenComparing(position::get))
                .toList();
    }

    static double round(double value) {
        return new BigDecimal(value)
                .round(new MathContext(15))
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }
}
