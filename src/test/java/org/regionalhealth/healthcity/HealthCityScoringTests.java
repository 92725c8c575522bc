package org.regionalhealth.healthcity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.healthcity.evaluation.Scoring;
import org.regionalhealth.healthcity.evaluation.Scoring.Line;

/** The composite score on a worked example (docs/health-city.md, "Method"). */
class HealthCityScoringTests {

    static Indicator indicator(long id, String code, double target, Direction direction, double weight) {
        return new Indicator(
                id,
                code,
                1,
                "健康服务",
                "卫生资源",
                code,
                "定义",
                "分子",
                "分母",
                "%",
                ReportingPeriod.ANNUAL,
                Department.HEALTH,
                BigDecimal.valueOf(target),
                direction,
                BigDecimal.valueOf(weight),
                BigDecimal.ZERO,
                BigDecimal.valueOf(1000),
                Collection.FORM,
                null,
                "来源",
                "目标来源",
                true,
                false,
                1,
                "首次发布",
                "system",
                Instant.EPOCH,
                null);
    }

    static IndicatorValue value(Indicator indicator, String town, double value) {
        return new IndicatorValue(
                1,
                indicator.id(),
                indicator.code(),
                2025,
                town,
                BigDecimal.valueOf(value),
                null,
                null,
                Origin.FORM,
                null,
                null,
                Instant.EPOCH);
    }

    @Test
    void subScoresNormaliseByTargetAndDirection() {
        // higher is better: value ÷ target, capped at 100
        assertThat(Scoring.subScore(new BigDecimal("81"), new BigDecimal("90"), Direction.HIGHER))
                .isEqualTo(90.0);
        assertThat(Scoring.subScore(new BigDecimal("90"), new BigDecimal("90"), Direction.HIGHER))
                .isEqualTo(100.0);
        assertThat(Scoring.subScore(new BigDecimal("95"), new BigDecimal("90"), Direction.HIGHER))
                .isEqualTo(100.0);
        assertThat(Scoring.subScore(new BigDecimal("-3"), new BigDecimal("90"), Direction.HIGHER))
                .isEqualTo(0.0);
        // lower is better: full marks at or below the target, target ÷ value above it
        assertThat(Scoring.subScore(new BigDecimal("4.99"), new BigDecimal("5"), Direction.LOWER))
                .isEqualTo(100.0);
        assertThat(Scoring.subScore(new BigDecimal("5"), new BigDecimal("5"), Direction.LOWER))
                .isEqualTo(100.0);
        assertThat(Scoring.subScore(new BigDecimal("10"), new BigDecimal("5"), Direction.LOWER))
                .isEqualTo(50.0);
        assertThat(Scoring.subScore(new BigDecimal("-2"), new BigDecimal("1"), Direction.LOWER))
                .isEqualTo(100.0);
        assertThat(Scoring.subScore(new BigDecimal("3"), new BigDecimal("0"), Direction.LOWER))
                .isEqualTo(0.0);
    }

    @Test
    void compositeScoreRankingAndMostImprovedOnAWorkedExample() {
        var a = indicator(1, "A", 90, Direction.HIGHER, 2);
        var b = indicator(2, "B", 5, Direction.LOWER, 1);
        var c = indicator(3, "C", 4.5, Direction.HIGHER, 1);
        // X: A 81 → 90, B 4 → 100, C missing → 0: (2×90 + 100 + 0) ÷ 4 = 70, three quarters of the weight reported
        var x = Scoring.score(
                List.of(new Line(a, value(a, "X", 81)), new Line(b, value(b, "X", 4)), new Line(c, null)));
        assertThat(x.score()).isEqualTo(70.0);
        assertThat(x.completeness()).isEqualTo(75.0);
        assertThat(x.items()).extracting(TownEvaluation.Item::contribution).containsExactly(45.0, 25.0, 0.0);
        // Y: A 95 → 100, B 10 → 50, C 2.25 → 50: (200 + 50 + 50) ÷ 4 = 75
        var y = Scoring.score(List.of(
                new Line(a, value(a, "Y", 95)), new Line(b, value(b, "Y", 10)), new Line(c, value(c, "Y", 2.25))));
        assertThat(y.score()).isEqualTo(75.0);
        assertThat(y.completeness()).isEqualTo(100.0);

        Map<String, String> names = new LinkedHashMap<>();
        names.put("X", "甲镇");
        names.put("Y", "乙街道");
        names.put("Z", "丙镇");
        var previousX = new Scoring.Scored(60, 100, List.of());
        var previousY = new Scoring.Scored(74, 100, List.of());
        var z = new Scoring.Scored(75, 100, List.of());
        var ranking = Scoring.rank(names, Map.of("X", x, "Y", y, "Z", z), Map.of("X", previousX, "Y", previousY));
        // equal scores share a rank; ties keep the district's order
        assertThat(ranking).extracting(TownScore::townCode).containsExactly("Y", "Z", "X");
        assertThat(ranking).extracting(TownScore::rank).containsExactly(1, 1, 3);
        var townX = ranking.get(2);
        assertThat(townX.previousScore()).isEqualTo(60.0);
        assertThat(townX.change()).isEqualTo(10.0);
        assertThat(townX.previousRank()).isEqualTo(2);
        assertThat(townX.rankChange()).isEqualTo(-1);
        assertThat(ranking.get(1).change()).isNull();
        assertThat(Scoring.mostImproved(ranking, 3))
                .extracting(TownScore::townCode)
                .containsExactly("X", "Y");
    }

    @Test
    void aTownWithNothingReportedScoresZero() {
        var a = indicator(1, "A", 90, Direction.HIGHER, 2);
        var none = Scoring.score(List.of(new Line(a, null)));
        assertThat(none.score()).isZero();
        assertThat(none.completeness()).isZero();
    }

    @Test
    void aChangeThatRoundsToNothingShowsAsZeroWithoutASign() {
        assertThat(Numbers.signed(2.34)).isEqualTo("+2.3");
        assertThat(Numbers.signed(-0.4)).isEqualTo("-0.4");
        assertThat(Numbers.signed(-0.04)).isEqualTo("0.0");
        assertThat(Numbers.signed(0.049)).isEqualTo("0.0");
        assertThat(Numbers.signed(0.05)).isEqualTo("+0.1");
        assertThat(Numbers.signed(null)).isEqualTo("—");
    }
}
