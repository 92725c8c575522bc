package org.regionalhealth.populationscreening.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionalhealth.populationscreening.CopdScreeningQuestionnaire;
import org.regionalhealth.populationscreening.CopdScreeningQuestionnaire.Answers;
import org.regionalhealth.populationscreening.CopdScreeningQuestionnaire.Breathlessness;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;

/**
 * The COPD risk screen's first stage: the COPD-SQ questionnaire ({@link CopdScreeningQuestionnaire}, the one the family
 * doctor's annual check uses) scored with the resident's age on the day; 16 or more is positive ({@code COPD_SQ}) →
 * spirometry. The answers come as findings ({@code COUGH}, {@code BIOMASS_FUEL}, {@code FAMILY_HISTORY}, at most one
 * of {@code BREATHLESS_FAST}, {@code BREATHLESS_NORMAL}) and measures ({@code PACK_YEARS}, {@code BMI}).
 */
public final class CopdRule {

    public static final List<String> FINDINGS =
            List.of("COUGH", "BREATHLESS_FAST", "BREATHLESS_NORMAL", "BIOMASS_FUEL", "FAMILY_HISTORY");

    private final PopulationScreeningProperties.Copd settings;

    public CopdRule(PopulationScreeningProperties.Copd settings) {
        this.settings = settings;
    }

    public AgeCohort cohort() {
        return new AgeCohort(settings.minAge(), settings.maxAge());
    }

    public static Answers answers(
            LocalDate birthDate, LocalDate day, Set<String> findings, Map<String, BigDecimal> measures) {
        var breath = findings.contains("BREATHLESS_NORMAL")
                ? Breathlessness.WALKING_AT_NORMAL_PACE
                : findings.contains("BREATHLESS_FAST") ? Breathlessness.WALKING_FAST_OR_UPHILL : Breathlessness.NONE;
        return new Answers(
                Period.between(birthDate, day).getYears(),
                measures.get("PACK_YEARS").doubleValue(),
                measures.get("BMI").doubleValue(),
                findings.contains("COUGH"),
                breath,
                findings.contains("BIOMASS_FUEL"),
                findings.contains("FAMILY_HISTORY"));
    }

    public static int score(
            LocalDate birthDate, LocalDate day, Set<String> findings, Map<String, BigDecimal> measures) {
        return CopdScreeningQuestionnaire.score(answers(birthDate, day, findings, measures));
    }

    public static Evaluation evaluate(int score) {
        boolean positive = CopdScreeningQuestionnaire.needsSpirometry(score);
        return new Evaluation(positive, positive ? List.of("COPD_SQ") : List.of());
    }
}
