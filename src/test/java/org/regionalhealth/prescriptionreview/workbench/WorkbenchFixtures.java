package org.regionalhealth.prescriptionreview.workbench;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.regionalhealth.ApiClient;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.residents.ResidentFixtures;
import tools.jackson.databind.JsonNode;

/** Prescriptions of the demo hospital (medical community MC01, the demo pharmacist's pool) for workbench tests. */
final class WorkbenchFixtures {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    final ApiClient his;
    final String hospitalCode;
    final long doctorStaffId;

    WorkbenchFixtures(int port, Organizations organizations) {
        his = ApiClient.as(port, "his");
        JsonNode hospital =
                his.get("/api/org/units?type=HOSPITAL").json().get("items").get(0);
        hospitalCode = hospital.get("code").asString();
        doctorStaffId = organizations.staffOf(hospital.get("id").asLong()).stream()
                .filter(StaffMember::prescribingRight)
                .findFirst()
                .orElseThrow()
                .id();
    }

    static String number() {
        return "WB-" + System.nanoTime() + "-" + NUMBERS.incrementAndGet();
    }

    String request(String number, String idNumber, String diagnoses, String lines) {
        return """
                {"institutionCode":"%s","prescriptionNumber":"%s","setting":"OUTPATIENT","issuedOn":"%s",
                 "prescriber":{"staffId":%d},
                 "patient":{"idNumber":"%s","weightKg":70,"allergies":[]},
                 "diagnoses":[%s],
                 "lines":[%s]}"""
                .formatted(hospitalCode, number, LocalDate.now(), doctorStaffId, idNumber, diagnoses, lines);
    }

    static String line(String drug, double dose, String unit, String frequency, int days) {
        return """
                {"drugName":"%s","route":"口服","dose":%s,"doseUnit":"%s","frequency":"%s","days":%d}"""
                .formatted(drug, dose, unit, frequency, days);
    }

    static final String HYPERTENSION = "{\"icd10\":\"I10\",\"text\":\"高血压\"}";

    /** A drug the knowledge base does not know: never a silent pass, it goes to a pharmacist (T3). */
    String queued(String number) {
        return request(
                number, ResidentFixtures.idNumber("19700505", true), HYPERTENSION, line("祖传秘方丸", 1, "丸", "tid", 3));
    }

    /** The same patient's prescription without the unknown drug: passes. */
    String passing(String number) {
        return request(
                number, ResidentFixtures.idNumber("19700505", true), HYPERTENSION, line("氨氯地平片", 5, "mg", "qd", 7));
    }

    /** No diagnosis on an outpatient prescription: T2, the doctor may double-sign. */
    String awaitingSignature(String number) {
        return request(number, ResidentFixtures.idNumber("19700505", true), "", line("氨氯地平片", 5, "mg", "qd", 7));
    }

    /** Submits and returns the stored prescription's id. */
    long submit(String body) {
        var response = his.post("/api/prescription-review/prescriptions", body);
        if (response.status() != 201) {
            throw new AssertionError(response.status() + " " + response.body());
        }
        return response.json().get("id").asLong();
    }
}
