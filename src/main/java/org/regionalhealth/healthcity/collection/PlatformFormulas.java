package org.regionalhealth.healthcity.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.childcare.TownPlaces;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.familydoctor.IndicatorFigures.UnitFigure;
import org.regionalhealth.reviewcenter.ReviewFigures.InstitutionFigure;
import org.regionalhealth.vaccination.CoverageFigures.TownCoverage;

/**
 * The platform-derived indicators as arithmetic on the source modules' figures, one town at a time (pure, so a test
 * can count by hand): value = numerator ÷ denominator × scale, rounded to two decimals; a town without a denominator
 * has no value.
 */
public final class PlatformFormulas {

    private PlatformFormulas() {}

    /** A town's counts. {@code scale} 100 for per cent, 1,000 per thousand, 100,000 per 100,000. */
    public record Fraction(BigDecimal numerator, BigDecimal denominator, int scale) {

        public @Nullable BigDecimal value() {
            if (denominator.signum() <= 0) {
                return null;
            }
            return numerator.multiply(BigDecimal.valueOf(scale)).divide(denominator, 2, RoundingMode.HALF_UP);
        }
    }

    /** Family-doctor facts per managing unit summed by the town the unit stands in (per cent). */
    public static Map<String, Fraction> familyDoctor(List<UnitFigure> units, LongFunction<@Nullable String> townOf) {
        var sums = new HashMap<String, long[]>();
        for (var u : units) {
            String town = townOf.apply(u.unitId());
            if (town == null) {
                continue;
            }
            var s = sums.computeIfAbsent(town, k -> new long[2]);
            s[0] += u.numerator();
            s[1] += u.denominator();
        }
        var result = new HashMap<String, Fraction>();
        sums.forEach((town, s) -> result.put(town, fraction(s[0], s[1], 100)));
        return result;
    }

    /**
     * Review-center counts per prescribing institution summed by the town the institution stands in (per cent), e.g.
     * 处方审核率 = prescriptions screened before charging ÷ all prescriptions.
     */
    public static Map<String, Fraction> byInstitution(
            List<InstitutionFigure> institutions, LongFunction<@Nullable String> townOf) {
        return familyDoctor(
                institutions.stream()
                        .map(i -> new UnitFigure(i.institutionId(), i.numerator(), i.denominator()))
                        .toList(),
                townOf);
    }

    /** Children aged 1–6 with three DTaP doses (per cent). */
    public static Map<String, Fraction> dtap3(List<TownCoverage> towns) {
        var result = new HashMap<String, Fraction>();
        towns.forEach(t -> result.put(t.townCode(), fraction(t.dtap3(), t.children(), 100)));
        return result;
    }

    /** Residents aged 60+ with an influenza dose this season (per cent). */
    public static Map<String, Fraction> fluElderly(List<TownCoverage> towns) {
        var result = new HashMap<String, Fraction>();
        towns.forEach(t -> result.put(t.townCode(), fraction(t.flu(), t.elderly(), 100)));
        return result;
    }

    /**
     * Public AEDs usable on the day (in service, pads and battery in date) per 100,000 residents of the town.
     *
     * @param population town code → resident population (常住人口)
     */
    public static Map<String, Fraction> aeds(List<Aed> aeds, Map<String, Integer> population, LocalDate day) {
        var counts = new HashMap<String, Long>();
        for (var aed : aeds) {
            if (aed.usableOn(day)) {
                counts.merge(
                        aed.townCode().substring(0, Math.min(9, aed.townCode().length())), 1L, Long::sum);
            }
        }
        var result = new HashMap<String, Fraction>();
        population.forEach((town, pop) -> result.put(town, fraction(counts.getOrDefault(town, 0L), pop, 100_000)));
        return result;
    }

    /** Childcare places per 1,000 residents; towns without a population have none. */
    public static Map<String, Fraction> childcarePlaces(List<TownPlaces> towns) {
        var result = new HashMap<String, Fraction>();
        for (var t : towns) {
            if (t.population() != null) {
                result.put(t.townCode(), fraction(t.places(), t.population(), 1000));
            }
        }
        return result;
    }

    private static Fraction fraction(long numerator, long denominator, int scale) {
        return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), scale);
    }
}
