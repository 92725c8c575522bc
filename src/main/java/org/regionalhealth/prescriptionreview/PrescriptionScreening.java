package org.regionalhealth.prescriptionreview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.KnowledgeSnapshot;
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
    private final ScreeningEngine engine;
    private final Clock clock;

    @Autowired
    public PrescriptionScreening(DrugKnowledge knowledge, PrescriptionReviewProperties properties) {
        this(knowledge, properties, Clock.systemDefaultZone());
    }

    public PrescriptionScreening(DrugKnowledge knowledge, PrescriptionReviewProperties properties, Clock clock) {
        this.knowledge = knowledge;
        this.engine = new ScreeningEngine(RuleCatalog.standard(), properties);
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
        return engine.screen(kb, prescription, patient, LocalDate.ofInstant(now, clock.getZone()), now);
    }
}
