package org.regionalhealth.reviewcenter.workbench;

import org.regionalhealth.org.Organizations;
import org.regionalhealth.residents.ResidentFixtures;
import org.regionalhealth.reviewcenter.HisPrescriptions;

/** Prescriptions of the demo hospital (medical community MC01, the demo pharmacist's pool) for workbench tests. */
final class WorkbenchFixtures extends HisPrescriptions {

    WorkbenchFixtures(int port, Organizations organizations) {
        super(port, organizations);
    }

    static String number() {
        return number("WB");
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
