package org.regionalhealth.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.DrugsProperties;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.engine.ScreeningEngine;
import org.regionalhealth.screening.rules.RuleCatalog;

/** The real knowledge base, a fixed screening date and builders for the R-case tests. */
public final class ScreeningFixtures {

    public static final KnowledgeSnapshot KB = new DrugKnowledge(new DrugsProperties(null), event -> {}).snapshot();
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final Prescriber DOCTOR =
            new Prescriber("D001", "张医生", true, true, AntimicrobialGrade.SPECIAL, false);
    public static final ScreeningEngine ENGINE =
            new ScreeningEngine(RuleCatalog.standard(), ScreeningProperties.defaults());

    private ScreeningFixtures() {}

    /** An outpatient Western prescription issued today by a doctor with all rights, diagnosis 高血压. */
    public static Prescription.Builder rx(PrescriptionLine... lines) {
        return Prescription.builder(TODAY)
                .id("RX-1")
                .institutionId("XS-001")
                .prescriber(DOCTOR)
                .diagnoses(Diagnosis.of("I10", "原发性高血压"))
                .lines(lines);
    }

    /** A 45-year-old man. */
    public static PatientContext adult() {
        return PatientContext.of(TODAY.minusYears(45).minusDays(10), Sex.MALE);
    }

    public static PatientContext aged(int years, Sex sex) {
        return PatientContext.of(TODAY.minusYears(years).minusDays(10), sex);
    }

    /** An oral line: name, dose, unit, frequency, days. */
    public static PrescriptionLine oral(String name, double dose, String unit, String frequency, int days) {
        return PrescriptionLine.of(name, null, "口服", dose, unit, frequency, days);
    }

    public static Verdict screen(Prescription prescription, PatientContext patient) {
        return ENGINE.screen(KB, prescription, patient, TODAY, Instant.parse("2026-12-01T02:00:00Z"));
    }

    public static Verdict screen(Prescription prescription) {
        return screen(prescription, adult());
    }

    /** Findings of one rule. */
    public static List<Finding> of(Verdict verdict, String ruleId) {
        return verdict.findingsOf(ruleId);
    }
}
