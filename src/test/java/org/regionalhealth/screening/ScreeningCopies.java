package org.regionalhealth.screening;

import java.time.LocalDate;
import java.util.List;

/**
 * Copies of the screening records with one field changed, for the tests' patients and lines (issue 13 item 8: the
 * production records carry no test-only methods). Used as {@code withWeight(adult(), 16.0)}.
 */
public final class ScreeningCopies {

    private ScreeningCopies() {}

    public static PatientContext withWeight(PatientContext patient, Double kg) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                kg,
                patient.pregnant(),
                patient.lactating(),
                patient.allergies(),
                patient.diagnoses(),
                patient.egfr(),
                patient.egfrDate(),
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                patient.liver(),
                patient.cancerPainRegistered(),
                patient.history());
    }

    public static PatientContext withPregnant(PatientContext patient, boolean value) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                value,
                patient.lactating(),
                patient.allergies(),
                patient.diagnoses(),
                patient.egfr(),
                patient.egfrDate(),
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                patient.liver(),
                patient.cancerPainRegistered(),
                patient.history());
    }

    public static PatientContext withLactating(PatientContext patient, boolean value) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                patient.pregnant(),
                value,
                patient.allergies(),
                patient.diagnoses(),
                patient.egfr(),
                patient.egfrDate(),
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                patient.liver(),
                patient.cancerPainRegistered(),
                patient.history());
    }

    public static PatientContext withAllergies(PatientContext patient, String... value) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                patient.pregnant(),
                patient.lactating(),
                List.of(value),
                patient.diagnoses(),
                patient.egfr(),
                patient.egfrDate(),
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                patient.liver(),
                patient.cancerPainRegistered(),
                patient.history());
    }

    public static PatientContext withDiagnoses(PatientContext patient, Diagnosis... value) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                patient.pregnant(),
                patient.lactating(),
                patient.allergies(),
                List.of(value),
                patient.egfr(),
                patient.egfrDate(),
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                patient.liver(),
                patient.cancerPainRegistered(),
                patient.history());
    }

    public static PatientContext withEgfr(PatientContext patient, Double value, LocalDate date) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                patient.pregnant(),
                patient.lactating(),
                patient.allergies(),
                patient.diagnoses(),
                value,
                date,
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                patient.liver(),
                patient.cancerPainRegistered(),
                patient.history());
    }

    public static PatientContext withCreatinine(PatientContext patient, Double umolPerL, LocalDate date) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                patient.pregnant(),
                patient.lactating(),
                patient.allergies(),
                patient.diagnoses(),
                patient.egfr(),
                patient.egfrDate(),
                umolPerL,
                date,
                patient.liver(),
                patient.cancerPainRegistered(),
                patient.history());
    }

    public static PatientContext withLiver(PatientContext patient, LiverImpairment value) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                patient.pregnant(),
                patient.lactating(),
                patient.allergies(),
                patient.diagnoses(),
                patient.egfr(),
                patient.egfrDate(),
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                value,
                patient.cancerPainRegistered(),
                patient.history());
    }

    public static PatientContext withCancerPainRegistered(PatientContext patient, boolean value) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                patient.pregnant(),
                patient.lactating(),
                patient.allergies(),
                patient.diagnoses(),
                patient.egfr(),
                patient.egfrDate(),
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                patient.liver(),
                value,
                patient.history());
    }

    public static PatientContext withHistory(PatientContext patient, DispensedMedicine... value) {
        return new PatientContext(
                patient.birthDate(),
                patient.sex(),
                patient.weightKg(),
                patient.pregnant(),
                patient.lactating(),
                patient.allergies(),
                patient.diagnoses(),
                patient.egfr(),
                patient.egfrDate(),
                patient.creatinineUmolPerL(),
                patient.creatinineDate(),
                patient.liver(),
                patient.cancerPainRegistered(),
                List.of(value));
    }

    public static PrescriptionLine withStrength(PrescriptionLine line, String value) {
        return new PrescriptionLine(
                line.drugName(),
                line.drugCode(),
                value,
                line.form(),
                line.route(),
                line.dose(),
                line.doseUnit(),
                line.frequency(),
                line.days(),
                line.quantity(),
                line.quantityUnit(),
                line.infusionGroup(),
                line.skinTestResult(),
                line.usage());
    }

    public static PrescriptionLine withQuantity(PrescriptionLine line, Double value, String unit) {
        return new PrescriptionLine(
                line.drugName(),
                line.drugCode(),
                line.strength(),
                line.form(),
                line.route(),
                line.dose(),
                line.doseUnit(),
                line.frequency(),
                line.days(),
                value,
                unit,
                line.infusionGroup(),
                line.skinTestResult(),
                line.usage());
    }

    public static PrescriptionLine withInfusionGroup(PrescriptionLine line, String value) {
        return new PrescriptionLine(
                line.drugName(),
                line.drugCode(),
                line.strength(),
                line.form(),
                line.route(),
                line.dose(),
                line.doseUnit(),
                line.frequency(),
                line.days(),
                line.quantity(),
                line.quantityUnit(),
                value,
                line.skinTestResult(),
                line.usage());
    }

    public static PrescriptionLine withSkinTest(PrescriptionLine line, SkinTestResult value) {
        return new PrescriptionLine(
                line.drugName(),
                line.drugCode(),
                line.strength(),
                line.form(),
                line.route(),
                line.dose(),
                line.doseUnit(),
                line.frequency(),
                line.days(),
                line.quantity(),
                line.quantityUnit(),
                line.infusionGroup(),
                value,
                line.usage());
    }

    public static PrescriptionLine withUsage(PrescriptionLine line, String value) {
        return new PrescriptionLine(
                line.drugName(),
                line.drugCode(),
                line.strength(),
                line.form(),
                line.route(),
                line.dose(),
                line.doseUnit(),
                line.frequency(),
                line.days(),
                line.quantity(),
                line.quantityUnit(),
                line.infusionGroup(),
                line.skinTestResult(),
                value);
    }

    public static PrescriptionLine withDays(PrescriptionLine line, Integer value) {
        return new PrescriptionLine(
                line.drugName(),
                line.drugCode(),
                line.strength(),
                line.form(),
                line.route(),
                line.dose(),
                line.doseUnit(),
                line.frequency(),
                value,
                line.quantity(),
                line.quantityUnit(),
                line.infusionGroup(),
                line.skinTestResult(),
                line.usage());
    }
}
