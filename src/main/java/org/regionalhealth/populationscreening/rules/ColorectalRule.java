package org.regionalhealth.populationscreening.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.regionalhealth.populationscreening.ColorectalRisk;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;

/**
 * Zhejiang's colorectal first stage (research notes §3.1): positive when at least {@code fitPositiveCount} of the two
 * faecal immunochemical tests are positive, or the risk questionnaire is positive (one major item, or
 * {@code symptomCount} or more of the minor items: the consensus's sequential-screening model). Cohort: ages
 * {@code minAge}–{@code maxAge} in the round's year, counted by birth year.
 */
public final class ColorectalRule {

    private final PopulationScreeningProperties.Colorectal settings;

    public ColorectalRule(PopulationScreeningProperties.Colorectal settings) {
        this.settings = settings;
    }

    public Evaluation evaluate(Set<ColorectalRisk> answers, boolean fit1, boolean fit2) {
        var reasons = new ArrayList<String>();
        int fits = (fit1 ? 1 : 0) + (fit2 ? 1 : 0);
        if (fits >= settings.fitPositiveCount()) {
            reasons.add("FIT");
        }
        if (questionnairePositive(answers)) {
            reasons.add("QUESTIONNAIRE");
        }
        return new Evaluation(!reasons.isEmpty(), reasons);
    }

    public boolean questionnairePositive(Set<ColorectalRisk> answers) {
        long minor = answers.stream().filter(a -> !a.major()).count();
        return answers.stream().anyMatch(ColorectalRisk::major) || minor >= settings.symptomCount();
    }

    /** First birthday that is in the cohort of the round's year (the oldest). */
    public LocalDate bornFrom(int year) {
        return LocalDate.of(year - settings.maxAge(), 1, 1);
    }

    /** Last birthday in the cohort of the round's year (the youngest). */
    public LocalDate bornTo(int year) {
        return LocalDate.of(year - settings.minAge(), 12, 31);
    }

    public boolean inCohort(LocalDate birthDate, int year) {
        return !birthDate.isBefore(bornFrom(year)) && !birthDate.isAfter(bornTo(year));
    }
}
