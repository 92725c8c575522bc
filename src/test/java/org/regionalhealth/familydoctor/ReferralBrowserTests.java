package org.regionalhealth.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 双向转诊 round trip: two uncontrolled visits at the station refer the patient up to the hospital of its medical
 * community; the hospital doctor sees it, accepts, records the outcome and refers back down; the village doctor sees
 * the return on the referral page and on the worklist.
 */
@PlatformIntegrationTest
class ReferralBrowserTests extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReferralGoesUpToTheHospitalAndComesBackDown() {
        var today = LocalDate.now(clock);
        var village = ApiClient.as(port, "village-doctor");
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "韩建华", "19580707", true);
        long patient = FamilyDoctorFixtures.enrol(village, resident, "HYPERTENSION");
        jdbc.sql("update familydoctor_chronic_patient set registered_on = ? where id = ?")
                .params(today.minusDays(30), patient)
                .update();
        FamilyDoctorFixtures.followUp(
                village,
                patient,
                "{\"method\": \"CLINIC\", \"systolic\": 166, \"diastolic\": 100, \"visitDate\": \"%s\"}"
                        .formatted(today.minusDays(14)));
        var second = FamilyDoctorFixtures.followUp(
                village, patient, "{\"method\": \"CLINIC\", \"systolic\": 160, \"diastolic\": 98}");
        long referral = second.json().get("referralId").asLong();
        assertThat(referral).isPositive();

        var hospital = browser.loginAs("doctor", ApiClient.DEMO_PASSWORD);
        hospital.navigate(browser.url("/familydoctor/referrals"));
        var row = hospital.locator("#in-" + referral);
        assertThat(row.getAttribute("data-status")).isEqualTo("SENT");
        assertThat(row.textContent()).contains("韩*").contains("连续两次控制不满意").doesNotContain("韩建华");
        row.locator("button.accept").click();
        hospital.waitForSelector("#in-" + referral + "[data-status='ACCEPTED']");
        row = hospital.locator("#in-" + referral);
        row.locator("input[name=outcome]").fill("继发性高血压已排除，调整为氨氯地平5mg qd");
        row.locator("input[name=advice]").fill("2周内社区复测血压，目标<140/90");
        row.locator("form.refer-back button").click();
        hospital.waitForSelector("#in-" + referral + "[data-status='RETURNED']");
        BrowserSession.screenshot(hospital, "familydoctor-referral-hospital");
        hospital.context().close();

        var station = browser.loginAs("village-doctor", ApiClient.DEMO_PASSWORD);
        station.navigate(browser.url("/familydoctor/referrals"));
        var sent = station.locator("#out-" + referral);
        assertThat(sent.getAttribute("data-status")).isEqualTo("RETURNED");
        assertThat(sent.locator(".advice").textContent()).isEqualTo("2周内社区复测血压，目标<140/90");
        assertThat(station.locator("#incoming").count()).isZero();
        station.navigate(browser.url("/familydoctor/worklist"));
        assertThat(station.locator("#list-REFERRAL tr[data-patient='" + patient + "']")
                        .textContent())
                .contains("医院已下转：2周内社区复测血压");
        BrowserSession.screenshot(station, "familydoctor-referral-returned");
        station.context().close();
    }
}
