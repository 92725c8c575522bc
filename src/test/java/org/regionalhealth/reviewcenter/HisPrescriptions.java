package org.regionalhealth.reviewcenter;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.regionalhealth.ApiClient;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import tools.jackson.databind.JsonNode;

/**
 * Prescriptions as the demo HIS account sends them: the first demo hospital (medical community MC01, the demo
 * pharmacist's pool) and a doctor there with prescribing rights. Shared by the API and the workbench tests.
 */
public class HisPrescriptions {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    public final ApiClient his;
    public final String hospitalCode;
    public final long doctorStaffId;

    public HisPrescriptions(int port, Organizations organizations) {
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

    /**
     * Today in the district (the platform's default zone, Asia/Shanghai): the date a HIS writes on a prescription, which
     * submission checks against the district clock (a UTC date is yesterday there after 16:00 UTC).
     */
    public static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** A prescription number no other test uses. */
    public static String number(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + NUMBERS.incrementAndGet();
    }

    /** An outpatient prescription of today by the hospital's doctor. */
    public String request(String number, String idNumber, String diagnoses, String lines) {
        return """
                {"institutionCode":"%s","prescriptionNumber":"%s","setting":"OUTPATIENT","issuedOn":"%s",
                 "prescriber":{"staffId":%d},
                 "patient":{"idNumber":"%s","weightKg":70,"allergies":[]},
                 "diagnoses":[%s],
                 "lines":[%s]}"""
                .formatted(hospitalCode, number, today(), doctorStaffId, idNumber, diagnoses, lines);
    }

    /** One oral drug line. */
    public static String line(String drug, double dose, String unit, String frequency, int days) {
        return """
                {"drugName":"%s","route":"口服","dose":%s,"doseUnit":"%s","frequency":"%s","days":%d}"""
                .formatted(drug, dose, unit, frequency, days);
    }
}
