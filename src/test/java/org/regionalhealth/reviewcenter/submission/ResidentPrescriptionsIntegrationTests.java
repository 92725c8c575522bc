package org.regionalhealth.reviewcenter.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 §4 with issue 3's stored prescriptions: the resident's "我的药品" page shows the medicines of their own
 * district prescriptions and checks them for interactions with the medicines on their list.
 */
@PlatformIntegrationTest
class ResidentPrescriptionsIntegrationTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organizations organizations;

    @Test
    void theResidentSeesTheirDistrictPrescriptionCheckedAgainstTheirOwnList() {
        String idNumber = jdbc.sql(
                        """
                        select r.id_number from residents_resident r
                          join platform_account a on a.resident_id = r.id where a.username = 'resident'""")
                .query(String.class)
                .single();
        ApiClient his = ApiClient.as(port, "his");
        JsonNode hospital =
                his.get("/api/org/units?type=HOSPITAL").json().get("items").get(0);
        long staff = organizations.staffOf(hospital.get("id").asLong()).stream()
                .filter(StaffMember::prescribingRight)
                .findFirst()
                .orElseThrow()
                .id();
        String body =
                """
                {"institutionCode":"%s","prescriptionNumber":"MY-%d","issuedOn":"%s","prescriber":{"staffId":%d},
                 "patient":{"idNumber":"%s","allergies":[]},"diagnoses":[{"icd10":"I48","text":"心房颤动"}],
                 "lines":[{"drugName":"华法林钠片","route":"口服","dose":2.5,"doseUnit":"mg","frequency":"qd","days":7}]}"""
                        .formatted(
                                hospital.get("code").asString(),
                                System.nanoTime(),
                                org.regionalhealth.reviewcenter.HisPrescriptions.today(),
                                staff,
                                idNumber);
        assertThat(his.post("/api/prescription-review/prescriptions", body).status())
                .isEqualTo(201);

        var page = browser.loginAs("resident", ApiClient.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/drugs/my"));
        assertThat(page.locator("#my-prescribed").textContent())
                .contains("华法林")
                .contains(hospital.get("name").asString());
        page.fill("#my-medicine-name", "布洛芬");
        page.click("#my-medicine-add");
        page.waitForLoadState();
        assertThat(page.locator("#my-interactions").textContent())
                .contains("华法林")
                .contains("布洛芬");
        BrowserSession.screenshot(page, "my-medicines-with-prescriptions");
    }
}
