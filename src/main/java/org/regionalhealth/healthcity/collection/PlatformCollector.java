package org.regionalhealth.healthcity.collection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.childcare.ChildcareRegistry;
import org.regionalhealth.childcare.PlacesOverview;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.familydoctor.IndicatorFigures;
import org.regionalhealth.healthcity.Collection;
import org.regionalhealth.healthcity.Indicator;
import org.regionalhealth.healthcity.IndicatorCatalogue;
import org.regionalhealth.healthcity.Origin;
import org.regionalhealth.healthcity.PlatformIndicators;
import org.regionalhealth.healthcity.collection.PlatformFormulas.Fraction;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.Role;
import org.regionalhealth.reviewcenter.ReviewFigures;
import org.regionalhealth.vaccination.CoverageFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the platform-derived indicators from the owning modules' root-package APIs (never their tables):
 * family-doctor facts ({@link IndicatorFigures}), vaccination coverage ({@link CoverageFigures}), the AED registry
 * ({@link AedRegistry}), childcare places with the towns' population ({@link ChildcareRegistry#places}) and the review
 * center's supervision counts per institution ({@link ReviewFigures}).
 */
@Component
class PlatformCollector implements PlatformIndicators {

    private static final Logger log = LoggerFactory.getLogger(PlatformCollector.class);

    private final IndicatorCatalogue catalogue;
    private final ValueStore values;
    private final IndicatorFigures familyDoctor;
    private final CoverageFigures coverage;
    private final AedRegistry aeds;
    private final ChildcareRegistry childcare;
    private final ReviewFigures reviews;
    private final Organizations organizations;
    private final Clock clock;

    PlatformCollector(
            IndicatorCatalogue catalogue,
            ValueStore values,
            IndicatorFigures familyDoctor,
            CoverageFigures coverage,
            AedRegistry aeds,
            ChildcareRegistry childcare,
            ReviewFigures reviews,
            Organizations organizations,
            Clock clock) {
        this.catalogue = catalogue;
        this.values = values;
        this.familyDoctor = familyDoctor;
        this.coverage = coverage;
        this.aeds = aeds;
        this.childcare = childcare;
        this.reviews = reviews;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Recomputed recompute() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        var towns = new HashMap<String, String>();
        organizations.towns().forEach(t -> towns.put(t.code(), t.name()));
        var cache = new Sources(today);
        int indicators = 0;
        int written = 0;
        for (Indicator indicator : catalogue.current()) {
            if (indicator.collection() != Collection.PLATFORM || indicator.platformSource() == null) {
                continue;
            }
            var fractions = cache.of(indicator.platformSource());
            if (fractions == null) {
                continue;
            }
            indicators++;
            for (var e : fractions.entrySet()) {
                if (!towns.containsKey(e.getKey())) {
                    continue;
                }
                Fraction f = e.getValue();
                var value = f.value();
                if (value == null) {
                    continue;
                }
                values.put(
                        indicator.id(),
                        indicator.code(),
                        today.getYear(),
                        e.getKey(),
                        value,
                        f.numerator(),
                        f.denominator(),
                        Origin.PLATFORM,
                        null,
                        "统计日 " + today,
                        now);
                written++;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info(
                "Health city: {} platform indicators, {} town values for {} in {} ms",
                indicators,
                written,
                today.getYear(),
                millis);
        return new Recomputed(today.getYear(), indicators, written, millis);
    }

    /** Each source module asked once per run. */
    private final class Sources {

        private final LocalDate today;
        private final Map<String, Map<String, Fraction>> done = new HashMap<>();
        private java.util.@Nullable List<CoverageFigures.TownCoverage> coverageRows;
        private @Nullable PlacesOverview places;
        private final Map<Long, Optional<String>> unitTowns = new HashMap<>();

        Sources(LocalDate today) {
            this.today = today;
        }

        @Nullable
        Map<String, Fraction> of(String source) {
            if (done.containsKey(source)) {
                return done.get(source);
            }
            Map<String, Fraction> result =
                    switch (source) {
                        case "FAMILY_DOCTOR_KEY_GROUPS" -> familyDoctor("KEY_GROUP_COVERAGE");
                        case "FAMILY_DOCTOR_HTN_STANDARD" -> familyDoctor("HTN_STANDARD");
                        case "FAMILY_DOCTOR_DM_STANDARD" -> familyDoctor("DM_STANDARD");
                        case "FAMILY_DOCTOR_HTN_CONTROL" -> familyDoctor("HTN_CONTROL");
                        case "FAMILY_DOCTOR_DM_CONTROL" -> familyDoctor("DM_CONTROL");
                        case "REVIEW_CENTER_REVIEW_RATE" ->
                            PlatformFormulas.byInstitution(
                                    reviews.byInstitution(
                                            "REVIEW_RATE", today.minusYears(1).plusDays(1), today),
                                    this::townOf);
                        case "VACCINATION_DTAP3" -> PlatformFormulas.dtap3(coverage());
                        case "VACCINATION_FLU_ELDERLY" -> PlatformFormulas.fluElderly(coverage());
                        case "EMERGENCY_AEDS" -> PlatformFormulas.aeds(aeds.all(), population(), today);
                        case "CHILDCARE_PLACES" -> PlatformFormulas.childcarePlaces(places().towns());
                        default -> null;
                    };
            done.put(source, result);
            return result;
        }

        private Map<String, Fraction> familyDoctor(String indicator) {
            return PlatformFormulas.familyDoctor(familyDoctor.rollingYearByUnit(indicator), this::townOf);
        }

        /** The town (9-digit division code) a unit stands in, or {@code null} for the district's own units. */
        private @Nullable String townOf(long unitId) {
            return unitTowns
                    .computeIfAbsent(unitId, id -> organizations
                            .find(id)
                            .map(Unit::divisionCode)
                            .filter(code -> code.length() >= 9)
                            .map(code -> code.substring(0, 9)))
                    .orElse(null);
        }

        private java.util.List<CoverageFigures.TownCoverage> coverage() {
            if (coverageRows == null) {
                coverageRows = coverage.byTown();
            }
            return coverageRows;
        }

        private PlacesOverview places() {
            if (places == null) {
                var root = organizations.root();
                places = childcare.places(new CurrentUser(
                        "system",
                        "系统",
                        Role.DISTRICT_ADMIN,
                        root.id(),
                        new DataScope(root.id(), root.path(), Optional.empty()),
                        CurrentUser.Channel.SYSTEM));
            }
            return places;
        }

        private Map<String, Integer> population() {
            var result = new HashMap<String, Integer>();
            places().towns().forEach(t -> {
                if (t.population() != null) {
                    result.put(t.townCode(), t.population());
                }
            });
            return result;
        }
    }
}
