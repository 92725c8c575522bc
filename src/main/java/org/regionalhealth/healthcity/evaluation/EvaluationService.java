package org.regionalhealth.healthcity.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalhealth.healthcity.Evaluation;
import org.regionalhealth.healthcity.Evaluations;
import org.regionalhealth.healthcity.Indicator;
import org.regionalhealth.healthcity.IndicatorCatalogue;
import org.regionalhealth.healthcity.IndicatorValue;
import org.regionalhealth.healthcity.SubmissionDesk;
import org.regionalhealth.healthcity.TownEvaluation;
import org.regionalhealth.healthcity.collection.ValueStore;
import org.regionalhealth.healthcity.evaluation.Scoring.Line;
import org.regionalhealth.healthcity.evaluation.Scoring.Scored;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.PlatformException;
import org.springframework.stereotype.Component;

/**
 * {@link Evaluations} over the stored values: the indicators of the current catalogue with a weight above 0, each
 * town's values of the year under the version they were collected with (the current version when missing).
 */
@Component
class EvaluationService implements Evaluations {

    private final IndicatorCatalogue catalogue;
    private final ValueStore values;
    private final Organizations organizations;
    private final SubmissionDesk desk;
    private final java.time.Clock clock;

    EvaluationService(
            IndicatorCatalogue catalogue,
            ValueStore values,
            Organizations organizations,
            SubmissionDesk desk,
            java.time.Clock clock) {
        this.catalogue = catalogue;
        this.values = values;
        this.organizations = organizations;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public List<Integer> years() {
        return values.years();
    }

    @Override
    public Evaluation of(int year) {
        var names = towns();
        var indicators = indicators();
        var scored = scores(year, names, indicators);
        var previous = scores(year - 1, names, indicators);
        var ranking = Scoring.rank(names, scored, previous);
        double mean = ranking.stream().mapToDouble(t -> t.score()).average().orElse(0);
        boolean collecting = !LocalDate.now(clock).isAfter(desk.dueOn(year));
        return new Evaluation(
                year, ranking, Scoring.mostImproved(ranking, 3), Scoring.round(mean), collecting, indicators.size());
    }

    @Override
    public TownEvaluation town(String townCode, int year) {
        var names = towns();
        if (!names.containsKey(townCode)) {
            throw PlatformException.notFound("HEALTHCITY_TOWN_NOT_FOUND", "镇街不存在");
        }
        var indicators = indicators();
        var scored = scores(year, names, indicators);
        var ranking = Scoring.rank(names, scored, scores(year - 1, names, indicators));
        var score = ranking.stream()
                .filter(t -> t.townCode().equals(townCode))
                .findFirst()
                .orElseThrow(() -> PlatformException.notFound("HEALTHCITY_NO_SCORE", year + " 年度该镇街没有评价数据"));
        return new TownEvaluation(year, score, scored.get(townCode).items());
    }

    private Map<String, String> towns() {
        var names = new LinkedHashMap<String, String>();
        organizations.towns().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }

    private List<Indicator> indicators() {
        return catalogue.current().stream().filter(i -> i.weight().signum() > 0).toList();
    }

    private Map<String, Scored> scores(int year, Map<String, String> names, List<Indicator> indicators) {
        var byTown = new HashMap<String, Map<String, IndicatorValue>>();
        var versions = new HashMap<Long, Indicator>();
        for (var v : values.ofYear(year)) {
            byTown.computeIfAbsent(v.townCode(), k -> new HashMap<>()).put(v.code(), v);
        }
        var result = new HashMap<String, Scored>();
        if (byTown.isEmpty()) {
            return result;
        }
        for (String town : names.keySet()) {
            var own = byTown.getOrDefault(town, Map.of());
            if (own.isEmpty()) {
                continue;
            }
            var lines = new ArrayList<Line>();
            for (var indicator : indicators) {
                var value = own.get(indicator.code());
                Indicator version = indicator;
                if (value != null && value.indicatorId() != indicator.id()) {
                    version = versions.computeIfAbsent(
                            value.indicatorId(), id -> catalogue.version(id).orElse(indicator));
                }
                lines.add(new Line(version, value));
            }
            result.put(town, Scoring.score(lines));
        }
        return result;
    }
}
