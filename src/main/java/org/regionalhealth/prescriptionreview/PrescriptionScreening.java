package org.regionalhealth.prescriptionreview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.prescriptionreview.engine.ActivatedTierChanges;
import org.regionalhealth.prescriptionreview.engine.Institutions;
import org.regionalhealth.prescriptionreview.engine.ScreeningEngine;
import org.regionalhealth.prescriptionreview.rules.RuleCatalog;
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
    private final PrescriptionReviewProperties properties;
    private final ScreeningEngine engine;
    private final Institutions institutions;
    private final Clock clock;
    private final ActivatedTierChanges tierChanges;

    @Autowired
    public PrescriptionScreening(
            DrugKnowledge knowledge,
            PrescriptionReviewProperties properties,
            Organizations organizations,
            ActivatedTierChanges tierChanges) {
        this(knowledge, properties, organizations, RuleCatalog.standard(), Clock.systemDefaultZone(), tierChanges);
    }

    /**
     * For tests and the demo year: a given rule catalogue and clock, the configured tier → action mapping only;
     * {@code organizations} may be {@code null} (district policy).
     */
    public PrescriptionScreening(
            DrugKnowledge knowledge,
            PrescriptionReviewProperties properties,
            @Nullable Organizations organizations,
            RuleCatalog rules,
            Clock clock) {
        this(knowledge, properties, organizations, rules, clock, ActivatedTierChanges.none());
    }

    private PrescriptionScreening(
            DrugKnowledge knowledge,
            PrescriptionReviewProperties properties,
            @Nullable Organizations organizations,
            RuleCatalog rules,
            Clock clock,
            ActivatedTierChanges tierChanges) {
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
        Institutions.Profile institution = institutions.of(prescription.institutionId());
        // the configured mapping with the activated changes over it (issue 4 §5), as the replay compared them
        var actions = tierChanges.over(
                properties.actionsFor(institution.medicalCommunityCode(), institution.type(), prescription.setting()));
        return engine.screen(
                kb,
                prescription,
                patient,
                LocalDate.ofInstant(now, clock.getZone()),
                now,
                actions,
                properties.screeningTimeout());
    }
}
