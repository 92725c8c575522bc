package org.regionalhealth.ecg.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.ecg.CriticalFinding;
import org.regionalhealth.ecg.callback.CallBackStep;
import org.regionalhealth.ecg.callback.CallBacks;
import org.regionalhealth.ecg.callback.StepEntry;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A critical ECG finding joins the two halves of the chain of survival (issue 20): the report calls the station back
 * and alerts the chest-pain centre of the station's medical community, the clock starting at the ECG's time; the
 * centre records its steps in order; every step is logged with who and when.
 */
@PlatformIntegrationTest
class EcgChestPainIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EcgWorklist worklist;

    @Autowired
    CallBacks callBacks;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private long uploadStemi(int resident, long seed) {
        var response = ApiClient.as(port, "ecg-station")
                .post(
                        "/api/ecg/recordings",
                        EcgFixtures.stemi(EcgFixtures.stationResident(jdbc, resident), seed),
                        "application/xml");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static ReportForm stemiReport(boolean critical, String finding) {
        return new ReportForm("SINUS", "85", "160", "90", "380", "急性下壁ST段抬高型心肌梗死", critical, finding);
    }

    @Test
    void theDemoHasAChestPainCentreDoctorWithTheWaitingStemiAlerted() {
        var centre = DemoLogin.as(accounts, users, "chest-pain");
        var open = callBacks.alerts(centre, true, 0, 20);
        assertThat(open.items()).anySatisfy(a -> assertThat(a.finding()).isEqualTo(CriticalFinding.STEMI));
        assertThat(callBacks.centres()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aCriticalReportWithoutItsFindingIsRefusedAndNothingIsWritten() {
        long id = uploadStemi(11, 71);
        var physician = DemoLogin.as(accounts, users, "ecg-physician");
        worklist.claim(id, physician);
        assertThatThrownBy(() -> worklist.report(id, stemiReport(true, ""), physician))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("finding"));
        assertThatThrownBy(() -> worklist.report(id, stemiReport(true, "HEARTBURN"), physician))
                .isInstanceOf(PlatformException.class);
        assertThat(worklist.find(id, physician).state()).isEqualTo(ReadingState.CLAIMED);
        assertThat(callBacks.alert(id)).isEmpty();
        assertThat(callBacks.steps(id)).isEmpty();
        // a routine report alerts nobody
        worklist.report(id, stemiReport(false, null), physician);
        assertThat(callBacks.alert(id)).isEmpty();
        assertThat(worklist.find(id, physician).callbackAt()).isNull();
    }

    @Test
    void aSuspectedStemiCallsTheStationAndTheCentreAndEveryStepIsRecordedInOrder() {
        long id = uploadStemi(12, 72);
        var physician = DemoLogin.as(accounts, users, "ecg-physician");
        worklist.claim(id, physician);
        var reported = worklist.report(id, stemiReport(true, "STEMI"), physician);

        var alert = callBacks.alert(id).orElseThrow();
        assertThat(alert.finding()).isEqualTo(CriticalFinding.STEMI);
        assertThat(alert.centreName())
                .isEqualTo(callBacks
                        .centreFor(reported.stationUnitId())
                        .orElseThrow()
                        .unit()
                        .name());
        // the clock starts at the ECG's acquisition (1 December 2026, 09:00 in the district), not at the upload
        assertThat(alert.ecgAt()).isBefore(reported.uploadedAt());
        assertThat(alert.notifiedAt()).isEqualTo(reported.reportedAt());
        assertThat(alert.nextStep()).isEqualTo(CallBackStep.CENTRE_ACKNOWLEDGED);
        assertThat(callBacks.steps(id))
                .extracting(StepEntry::step)
                .containsExactly(CallBackStep.STATION_CALLED, CallBackStep.CENTRE_NOTIFIED);

        // the station of another medical community's centre and the physician cannot record the centre's steps
        assertThatThrownBy(() -> callBacks.advance(id, CallBackStep.CENTRE_ACKNOWLEDGED, physician))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("CHEST_PAIN_CENTRE_ONLY"));
        var station = DemoLogin.as(accounts, users, "ecg-station");
        assertThat(callBacks.alerts(station, true, 0, 50).items()).noneMatch(a -> a.recordingId() == id);
        worklist.confirm(id, station);

        var centre = DemoLogin.as(accounts, users, "chest-pain");
        assertThat(callBacks.alerts(centre, true, 0, 50).items()).anyMatch(a -> a.recordingId() == id);
        // the centre may open the ECG it was alerted about, but cannot confirm the station's call-back
        var seen = worklist.find(id, centre);
        assertThat(seen.id()).isEqualTo(id);
        // and knows whom it is about to receive (the patient's read audited)
        assertThat(worklist.patient(seen, centre)).isPresent();
        assertThatThrownBy(() -> worklist.confirm(id, centre)).isInstanceOf(PlatformException.class);
        // steps in order: the door before the alert was taken is refused
        assertThatThrownBy(() -> callBacks.advance(id, CallBackStep.PATIENT_ARRIVED, centre))
                .isInstanceOfSatisfying(
                        PlatformException.class, e -> assertThat(e.code()).isEqualTo("CHEST_PAIN_STEP_ORDER"));
        callBacks.advance(id, CallBackStep.CENTRE_ACKNOWLEDGED, centre);
        callBacks.advance(id, CallBackStep.CENTRE_ACKNOWLEDGED, centre); // twice records once
        callBacks.advance(id, CallBackStep.PATIENT_ARRIVED, centre);
        var done = callBacks.advance(id, CallBackStep.TREATED, centre);
        assertThat(done.open()).isFalse();
        assertThat(done.doorToTreatmentMinutes()).isNotNull().isGreaterThanOrEqualTo(0);
        assertThat(callBacks.alerts(centre, true, 0, 50).items()).noneMatch(a -> a.recordingId() == id);
        assertThat(callBacks.alerts(centre, false, 0, 50).items()).anyMatch(a -> a.recordingId() == id);

        var steps = callBacks.steps(id);
        assertThat(steps)
                .extracting(StepEntry::step)
                .containsExactly(
                        CallBackStep.STATION_CALLED,
                        CallBackStep.CENTRE_NOTIFIED,
                        CallBackStep.STATION_CONFIRMED,
                        CallBackStep.CENTRE_ACKNOWLEDGED,
                        CallBackStep.PATIENT_ARRIVED,
                        CallBackStep.TREATED);
        assertThat(steps).allSatisfy(s -> assertThat(s.byName()).isNotBlank());
        assertThat(jdbc.sql(
                                "select count(*) from platform_audit_event where record_type = 'ecg_recording' and username = 'chest-pain'"
                                        + " and ? = any(record_ids)")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void ventricularFibrillationAndCompleteHeartBlockAreCriticalFindingsToo() {
        long id = uploadStemi(13, 73);
        var physician = DemoLogin.as(accounts, users, "ecg-physician");
        worklist.claim(id, physician);
        worklist.report(
                id,
                new ReportForm(
                        "COMPLETE_HEART_BLOCK", "35", null, "120", null, "三度房室传导阻滞", true, "COMPLETE_HEART_BLOCK"),
                physician);
        assertThat(callBacks.alert(id).orElseThrow().finding()).isEqualTo(CriticalFinding.COMPLETE_HEART_BLOCK);
    }
}
