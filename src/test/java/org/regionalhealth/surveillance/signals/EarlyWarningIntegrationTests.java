package org.regionalhealth.surveillance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.surveillance.response.HandlingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The early-warning chain over real HTTP and the real database: school checks and case reports in, rules on ingest,
 * one fused signal per cluster, handling with clocks and escalation, and the school nurse's scope.
 */
@PlatformIntegrationTest
class EarlyWarningIntegrationTests {

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HandlingClock handlingClock;

    /**
     * The n-th school (by id) after the nurse's in her town: the demo simulator leaves that town quiet, so these
     * tests start from no open signal (each test uses its own syndrome group there).
     */
    private record School(long id, String code, String town) {}

    private School school(int n) {
        return jdbc.sql(
                        """
                        select u.id, u.code, substring(u.division_code, 1, 9) from org_unit u
                        where u.type = 'SCHOOL' and substring(u.division_code, 1, 9) = (
                            select substring(division_code, 1, 9) from org_unit where type = 'SCHOOL' order by id limit 1)
                        order by u.id offset ? limit 1""")
                .param(n)
                .query((rs, i) -> new School(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    private static String check(String schoolCode, LocalDate date, String className, int sick, String symptoms) {
        return """
                {"schoolCode": %s, "date": "%s", "grade": 2, "className": "%s", "enrolled": 40, "present": %d,
                 "absentIll": %d, "groups": [{"count": %d, "symptoms": [%s]}]}"""
                .formatted(
                        schoolCode == null ? "null" : "\"" + schoolCode + "\"",
                        date,
                        className,
                        40 - sick,
                        sick,
                        sick,
                        symptoms);
    }

    private static long onlySignal(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode signals = response.json().get("signals");
        assertThat(signals.size()).as(response.body()).isEqualTo(1);
        return signals.get(0).asLong();
    }

    @Test
    void theSameClusterInTheSchoolChannelAndInCaseReportsIsOneSignal() {
        School school = school(1);
        LocalDate today = LocalDate.now(clock);
        var admin = ApiClient.as(port, "admin");
        long fromSchool = onlySignal(
                admin.post("/api/surveillance/school-checks", check(school.code(), today, "融合1班", 3, "\"rash\"")));
        String cases =
                """
                {"rows": [
                 {"disease": "hfmd", "status": "clinical", "onsetDate": "%1$s", "diagnosisDate": "%1$s",
                  "patientName": "王小明", "addressCode": "%2$s", "schoolCode": "%3$s", "grade": 2, "className": "融合1班"},
                 {"disease": "hfmd", "status": "lab", "onsetDate": "%1$s", "diagnosisDate": "%1$s",
                  "patientName": "李小红", "addressCode": "%2$s", "schoolCode": "%3$s", "grade": 2, "className": "融合1班"}
                ]}"""
                        .formatted(today, school.town(), school.code());
        long fromCases = onlySignal(ApiClient.as(port, "his").post("/api/surveillance/case-reports", cases));
        assertThat(fromCases).isEqualTo(fromSchool);

        JsonNode detail = ApiClient.as(port, "cdc")
                .get("/api/surveillance/signals/" + fromSchool)
                .json();
        // each channel alone is orange (cluster/report tier); both red in the same area within 3 days → red (§8.7)
        assertThat(detail.at("/signal/grade").asString()).isEqualTo("red");
        assertThat(detail.get("triggers").valueStream().map(t -> t.get("channel")
                        .asString()))
                .contains("学校晨午检/因病缺勤", "传染病报告卡");
        assertThat(detail.get("explanation").asString())
                .contains("参与通道：")
                .contains("2 个通道在 3 天内同时报警（多点触发）")
                .contains("手足口病 同班（宿舍）1 周内 2 例及以上（聚集）")
                .contains("同班（宿舍）1 天内 3 例以上症状相似病例");
        // names are masked for the CDC officer (docs/adr/0006)
        assertThat(detail.get("triggers").valueStream().map(t -> t.get("persons")
                        .asString()))
                .contains("李**、王**");
    }

    @Test
    void aSingleCaseDiseaseIsRedAndAnUnacknowledgedSignalEscalatesWhenItsClockRunsOut() {
        School school = school(2);
        LocalDate today = LocalDate.now(clock);
        String cholera =
                """
                {"rows": [{"disease": "cholera", "status": "suspected", "onsetDate": "%1$s", "diagnosisDate": "%1$s",
                  "patientName": "赵某", "addressCode": "%2$s"}]}"""
                        .formatted(today, school.town());
        long id = onlySignal(ApiClient.as(port, "his").post("/api/surveillance/case-reports", cholera));
        var cdc = ApiClient.as(port, "cdc");
        JsonNode signal = cdc.get("/api/surveillance/signals/" + id).json().get("signal");
        assertThat(signal.get("grade").asString()).isEqualTo("red");
        assertThat(signal.get("slaHours").asInt()).isEqualTo(2);

        Instant generated = Instant.parse(signal.get("generatedAt").asString());
        assertThat(handlingClock.escalateOverdue(generated.plus(119, ChronoUnit.MINUTES)))
                .doesNotContain(id);
        assertThat(handlingClock.escalateOverdue(generated.plus(121, ChronoUnit.MINUTES)))
                .contains(id);
        assertThat(level(id)).isEqualTo(1);
        // the clock restarts for the next level: no second escalation until it runs out again
        assertThat(handlingClock.escalateOverdue(generated.plus(122, ChronoUnit.MINUTES)))
                .doesNotContain(id);
        assertThat(jdbc.sql("select recipient from surveillance_notification where signal_id = ? order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("疾控值班人员", "疾控中心分管领导");
        assertThat(jdbc.sql("select count(*) from surveillance_sms_log where signal_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        assertThat(cdc.post("/api/surveillance/signals/" + id + "/acknowledge", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(handlingClock.escalateOverdue(generated.plus(10, ChronoUnit.HOURS)))
                .doesNotContain(id);
        assertThat(level(id)).isEqualTo(1);
    }

    private int level(long id) {
        return jdbc.sql("select escalation_level from surveillance_signal where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void handlingStepsMustComeInOrderAndAnOutbreakLeavesTheBaselines() {
        School school = school(3);
        LocalDate today = LocalDate.now(clock);
        long id = onlySignal(ApiClient.as(port, "admin")
                .post(
                        "/api/surveillance/school-checks",
                        check(school.code(), today, "处置1班", 3, "\"diarrhoea\", \"vomiting\"")));
        var cdc = ApiClient.as(port, "cdc");
        var early = cdc.post("/api/surveillance/signals/" + id + "/close", "{\"outcome\": \"no_event\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).contains("application/problem+json");
        assertThat(cdc.post("/api/surveillance/signals/" + id + "/acknowledge", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(cdc.post("/api/surveillance/signals/" + id + "/acknowledge", "{}")
                        .status())
                .isEqualTo(409);
        assertThat(cdc.post("/api/surveillance/signals/" + id + "/verify", "{\"result\": \"maybe\"}")
                        .status())
                .isEqualTo(400);
        // a verification needs its reasons, and both errors come at once (issue 16)
        var unexplained = cdc.post("/api/surveillance/signals/" + id + "/verify", "{\"result\": \"\"}");
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.body()).contains("请选择核实结果", "请填写核实说明");
        assertThat(cdc.post(
                                "/api/surveillance/signals/" + id + "/verify",
                                "{\"result\": \"suspected\", \"note\": \"电话核实班主任，4人发热咳嗽\"}")
                        .status())
                .isEqualTo(200);
        assertThat(cdc.post("/api/surveillance/signals/" + id + "/investigate", "{\"note\": \"现场流调\"}")
                        .status())
                .isEqualTo(200);
        var closed = cdc.post("/api/surveillance/signals/" + id + "/close", "{\"outcome\": \"outbreak\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("steps").valueStream().map(s -> s.get("action")
                        .asString()))
                .containsExactly("dispatched", "acknowledged", "verified", "investigating", "closed");
        // the outbreak's days leave the school's series for every category behind it
        List<String> excluded = jdbc.sql(
                        "select category from surveillance_baseline_exclusion where signal_id = ? and unit_id = ?")
                .params(id, school.id())
                .query(String.class)
                .list();
        assertThat(excluded).contains("diarrhoea", "vomiting");
        assertThat(jdbc.sql("select count(*) from surveillance_case_event where excluded_by_signal = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        assertThat(jdbc.sql(
                                "select count(*) from platform_audit_event where record_type = 'surveillance-signal' and ? = any(record_ids)")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aSchoolNurseEntersAndSeesOnlyHerOwnSchool() {
        var nurse = ApiClient.as(port, "school-nurse");
        LocalDate today = LocalDate.now(clock);
        var own = nurse.post(
                "/api/surveillance/school-checks",
                check(null, today, "范围1班", 0, "\"fever\"")
                        .replace("\"groups\": [{\"count\": 0, \"symptoms\": [\"fever\"]}]", "\"groups\": []"));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        var other = nurse.post(
                "/api/surveillance/school-checks",
                check(school(4).code(), today, "范围1班", 0, "\"fever\"")
                        .replace("\"groups\": [{\"count\": 0, \"symptoms\": [\"fever\"]}]", "\"groups\": []"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).contains("application/problem+json");

        admin(today);
        JsonNode mine =
                nurse.get("/api/surveillance/school-checks?date=" + today).json();
        assertThat(mine.size()).isPositive();
        String schoolName = mine.get(0).get("schoolName").asString();
        assertThat(mine.valueStream().map(r -> r.get("schoolName").asString())).containsOnly(schoolName);
        JsonNode all = ApiClient.as(port, "admin")
                .get("/api/surveillance/school-checks?date=" + today)
                .json();
        assertThat(all.valueStream()
                        .map(r -> r.get("schoolName").asString())
                        .distinct()
                        .count())
                .isGreaterThan(1);
        // the signal desk is the CDC's, not the nurse's
        assertThat(nurse.get("/api/surveillance/signals").status()).isEqualTo(403);
    }

    private void admin(LocalDate today) {
        var response = ApiClient.as(port, "admin")
                .post("/api/surveillance/school-checks", check(school(5).code(), today, "范围2班", 1, "\"cough\""));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aBadCheckIsRejectedFieldByField() {
        var response = ApiClient.as(port, "school-nurse")
                .post(
                        "/api/surveillance/school-checks",
                        """
                        {"date": "%s", "grade": 13, "className": "", "enrolled": 40, "present": 41, "absentIll": 0,
                         "groups": [{"count": 2, "symptoms": ["sneezing"], "names": ["张三"]}]}"""
                                .formatted(LocalDate.now(clock).plusDays(1)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.body())
                .contains("date")
                .contains("grade")
                .contains("className")
                .contains("present")
                .contains("groups[0].symptoms")
                .contains("groups[0].names");
    }

    /** A check of one group of unnamed pupils, {@code continuing} of them already reported on an earlier day. */
    private static String unnamed(String schoolCode, LocalDate date, String className, int sick, int continuing) {
        return """
                {"schoolCode": "%s", "date": "%s", "grade": 3, "className": "%s", "enrolled": 40, "present": %d,
                 "absentIll": %d, "groups": [{"count": %d, "symptoms": ["diarrhoea"], "continuing": %d}]}"""
                .formatted(schoolCode, date, className, 40 - sick, sick, sick, continuing);
    }

    private static int signalsOf(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("signals").size();
    }

    @Test
    void theSamePupilsWithFeverAndRashAreOneSignal() {
        School school = school(2);
        LocalDate today = LocalDate.now(clock);
        var admin = ApiClient.as(port, "admin");
        // four pupils with fever and rash reach the one-day class rule twice (fever, rash): one cluster, one signal
        long id = onlySignal(admin.post(
                "/api/surveillance/school-checks", check(school.code(), today, "发热皮疹1班", 4, "\"fever\", \"rash\"")));
        JsonNode detail =
                ApiClient.as(port, "cdc").get("/api/surveillance/signals/" + id).json();
        assertThat(detail.get("triggers")
                        .valueStream()
                        .filter(t -> t.toString().contains("发热皮疹1班"))
                        .count())
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                """
                                select count(distinct signal_id) from surveillance_signal_trigger
                                where channel = 'school' and unit_label like ?""")
                        .param("%发热皮疹1班")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        closeAsNoEvent(id);
    }

    /** Closes a test's signal, so that the quiet town has no open signal for the other tests to join. */
    private void closeAsNoEvent(long id) {
        var cdc = ApiClient.as(port, "cdc");
        cdc.post("/api/surveillance/signals/" + id + "/acknowledge", "{}");
        cdc.post("/api/surveillance/signals/" + id + "/verify", "{\"result\": \"excluded\", \"note\": \"测试结束\"}");
        assertThat(cdc.post("/api/surveillance/signals/" + id + "/close", "{\"outcome\": \"no_event\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unnamedPupilsMarkedContinuingAreNotCountedAgainOnTheNextDays() {
        School school = school(3);
        LocalDate today = LocalDate.now(clock);
        var admin = ApiClient.as(port, "admin");
        // the same two pupils ill for three days: two persons, below the class rule of 5 in 3 days
        assertThat(signalsOf(admin.post(
                        "/api/surveillance/school-checks", unnamed(school.code(), today.minusDays(2), "持续1班", 2, 0))))
                .isZero();
        assertThat(signalsOf(admin.post(
                        "/api/surveillance/school-checks", unnamed(school.code(), today.minusDays(1), "持续1班", 2, 2))))
                .isZero();
        assertThat(signalsOf(
                        admin.post("/api/surveillance/school-checks", unnamed(school.code(), today, "持续1班", 2, 2))))
                .isZero();
        assertThat(jdbc.sql(
                                """
                                select count(distinct person_key) from surveillance_case_event
                                where channel = 'school' and class_label like ?""")
                        .param("%持续1班")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // entered as new each day, the same counts are six persons and reach the rule
        assertThat(signalsOf(admin.post(
                        "/api/surveillance/school-checks", unnamed(school.code(), today.minusDays(2), "新发1班", 2, 0))))
                .isZero();
        assertThat(signalsOf(admin.post(
                        "/api/surveillance/school-checks", unnamed(school.code(), today.minusDays(1), "新发1班", 2, 0))))
                .isZero();
        var fresh = admin.post("/api/surveillance/school-checks", unnamed(school.code(), today, "新发1班", 2, 0));
        closeAsNoEvent(onlySignal(fresh));
        // more continuing pupils than the group has is refused on its field
        var bad = admin.post("/api/surveillance/school-checks", unnamed(school.code(), today, "持续1班", 2, 3));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("groups[0].continuing").contains("持续缺勤人数");
    }
}
