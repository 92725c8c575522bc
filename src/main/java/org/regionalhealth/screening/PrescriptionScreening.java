package org.regionalhealth.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.screening.engine.Institutions;
import org.regionalhealth.screening.engine.ScreeningEngine;
import org.regionalhealth.screening.rules.RuleCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The system pre-screening (系统初审) of prescriptions. Holds one knowledge-base snapshot for the whole of one
 * screening, so every finding cites the same knowledge-base version. Thread-safe; in-process and allocation-light,
 * so a district HIS may call it synchronously at signing time.
 */
@Service
public class PrescriptionScreening {

    private final DrugKnowledge knowledge;
    private final ScreeningProperties properties;
    private final ScreeningEngine engine;
    private final Institutions institutions;
    private final Clock clock;
    private final TierActionChanges tierChanges;

    /**
     * The district's screening: the standard rule catalogue, the platform clock (district zone), and the tier →
     * action changes the review center activated, if a review center runs.
     */
    /** Units moved (on any node): institution profiles are looked up again (docs/scale-out.md). */
    @org.springframework.context.event.EventListener
    void onClusterMessage(org.regionalhealth.platform.ClusterMessage message) {
        if (message.concerns(org.regionalhealth.platform.UnitDirectory.PATHS_CHANGED)) {
            institutions.forget();
        }
    }

    @Autowired
    public PrescriptionScreening(
            DrugKnowledge knowledge,
            ScreeningProperties properties,
            Organizations organizations,
            Clock clock,
            ObjectProvider<TierActionChanges> tierChanges) {
        this(
                knowledge,
                properties,
                organizations,
                RuleCatalog.standard(),
                clock,
                tierChanges.getIfAvailable(TierActionChanges::none));
    }

    /**
     * For the demo year: the standard rule catalogue on a given clock (it screens a year as if on each day), the
     * configured tier → action mapping only; {@code organizations} may be {@code null} (district policy).
     */
    public PrescriptionScreening(
            DrugKnowledge knowledge,
            ScreeningProperties properties,
            @Nullable Organizations organizations,
            Clock clock) {
        this(knowledge, properties, organizations, RuleCatalog.standard(), clock, TierActionChanges.none());
    }

    /**
     * For tests: a given rule catalogue and clock, the configured tier → action mapping only; {@code organizations}
     * may be {@code null} (district policy).
     */
    public PrescriptionScreening(
            DrugKnowledge knowledge,
            ScreeningProperties properties,
            @Nullable Organizations organizations,
            RuleCatalog rules,
            Clock clock) {
        this(knowledge, properties, organizations, rules, clock, TierActionChanges.none());
    }

    private PrescriptionScreening(
            DrugKnowledge knowledge,
            ScreeningProperties properties,
            @Nullable Organizations organizations,
            RuleCatalog rules,
            Clock clock,
            TierActionChanges tierChanges) {
        this.tierChanges = tierChanges;
        this.knowledge = knowledge;
        this.properties = properties;
        this.engine = new ScreeningEngine(rules, properties);
        this.institutions = new Institutions(organizations);
        this.clock = clock;
    }

    /** Screens the prescription for this patient on today's date. */
    public Verdict screen(Prescription prescription, PatientContext patient) {
        Instant now = clock.instant();
        KnowledgeSnapshot kb;
        try {
            kb = knowledge.snapshot();
        } catch (RuntimeException e) {
            kb = null;
        }
        return engine.screen(
                kb,
                prescription,
                patient,
                LocalDate.ofInstant(now, clock.getZone()),
                now,
                actionsFor(prescription.institutionId(), prescription.setting()),
                properties.screeningTimeout());
    }

    /**
     * The tier → action mapping that applies to a prescription of this institution (unit id or code) in this
     * setting: the configured one (district, medical community, institution type, setting) with the activated changes
     * over it (issue 4 §5), as the replay compares them.
     */
    public Map<Tier, Action> actionsFor(@Nullable String institution, Setting setting) {
        Institutions.Profile profile = institutions.of(institution);
        return tierChanges.over(properties.actionsFor(profile.medicalCommunityCode(), profile.type(), setting));
    }

    /**
     * Screens against a given knowledge-base snapshot, on a given day and instant, with a given tier → action
     * mapping and time budget: the replay of rule and mapping changes over stored prescriptions (issue 4 §5).
     */
    public Verdict replay(
            KnowledgeSnapshot kb,
            Prescription prescription,
            PatientContext patient,
            LocalDate day,
            Instant at,
            Map<Tier, Action> actions,
            Duration budget) {
        return engine.screen(kb, prescription, patient, day, at, actions, budget);
    }
}
