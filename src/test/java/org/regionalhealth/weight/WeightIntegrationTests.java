package org.regionalhealth.weight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 萧慧减 over HTTP on the shared context: the demo resident's log, bad input, the coach, red flags, staff views. */
@PlatformIntegrationTest
class WeightIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    private ApiClient resident() {
        return ApiClient.as(port, "resident");
    }

    private long residentId() {
        return jdbc.sql("select resident_id from platform_account where username = 'resident'")
                .query(Long.class)
                .single();
    }

    private long meals() {
        return jdbc.sql("select count(*) from weight_meal where resident_id = ?")
                .param(residentId())
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoResidentIsEnrolledWithLogs() {
        var plan = resident().get("/api/weight/plan");
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().path("energyTargetKcal").asInt()).isPositive();
        assertThat(meals()).isPositive();
    }

    @Test
    void logsABowlOfCongeeByPortion() {
        long before = meals();
        var r = resident().post("/api/weight/meals", "{\"meal\":\"BREAKFAST\",\"foodCode\":\"F003\",\"portions\":1}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("foodName").asString()).isEqualTo("白粥");
        assertThat(r.json().path("grams").asDouble()).isEqualTo(250.0);
        assertThat(r.json().path("kcal").asDouble()).isEqualTo(115.0); // 46 kcal/100 g × 250 g
        assertThat(meals()).isEqualTo(before + 1);
        var found = resident().get("/api/weight/foods?q=bz");
        assertThat(found.body()).contains("白粥");
    }

    @Test
    void badInputIsAChineseProblemAndNothingIsStored() {
        long before = meals();
        var tomorrow = LocalDate.now(clock).plusDays(1);
        var r = resident()
                .post(
                        "/api/weight/meals",
                        "{\"day\":\"" + tomorrow + "\",\"meal\":\"LUNCH\",\"foodCode\":\"NOPE\",\"grams\":5000}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().path("code").asString()).isEqualTo("WEIGHT_INVALID_INPUT");
        assertThat(r.body()).contains("未来日期", "食物库", "2000克");
        assertThat(meals()).isEqualTo(before);

        var impossible = resident().post("/api/weight/plan", "{\"heightCm\":50,\"weightKg\":500,\"deficitKcal\":500}");
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.body()).contains("身高应在100–230厘米之间", "体重应在20–300公斤之间");

        var exercise = resident().post("/api/weight/exercise", "{\"activityCode\":\"A03\",\"minutes\":900}");
        assertThat(exercise.status()).isEqualTo(400);
        assertThat(exercise.body()).contains("1–600分钟");
    }

    @Test
    void aPlanBelowTheEnergyFloorIsRefused() {
        var plan = resident().get("/api/weight/plan").json();
        var kindBefore = plan.path("kind").asString();
        // 150 cm, 58 kg (BMI 25.8) with 1,000 kcal less a day: below 1,200 (men) / 1,000 (women) at every adult age
        var r = resident().post("/api/weight/plan", "{\"heightCm\":150,\"weightKg\":58,\"deficitKcal\":1000}");
        if (plan.path("notes").toString().contains("MINOR")
                || plan.path("notes").toString().contains("ELDERLY")) {
            return; // the demo resident is not an adult under 75: no deficit plan at all
        }
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("code").asString()).isEqualTo("WEIGHT_PLAN_BELOW_FLOOR");
        assertThat(r.body()).contains("安全下限");
        assertThat(resident().get("/api/weight/plan").json().path("kind").asString())
                .isEqualTo(kindBefore);
    }

    @Test
    void theCoachAnswersFromTheGuidanceWithTheSource() {
        var r = resident().post("/api/weight/coach", "{\"question\":\"每天吃多少盐合适？\"}");
        assertThat(r.status()).isEqualTo(200);
        var first = r.json().path("passages").path(0).path("passage");
        assertThat(first.path("text").asString()).contains("5克");
        assertThat(first.path("source").asString()).contains("中国居民膳食指南（2022）");

        var pace = resident().post("/api/weight/coach", "{\"question\":\"一个月减几斤比较安全\"}");
        assertThat(pace.json().path("passages").toString()).contains("体重管理指导原则（2024年版）");

        var unrelated = resident().post("/api/weight/coach", "{\"question\":\"汽车保险怎么买最划算\"}");
        assertThat(unrelated.json().path("passages").size()).isZero();
    }

    @Test
    void redFlagsGoToTheFamilyDoctor() {
        long id = residentId();
        var r = resident().post("/api/weight/coach", "{\"question\":\"我在打胰岛素，想晚饭不吃了减肥行吗\"}");
        assertThat(r.json().path("redFlag").asString()).isEqualTo("INSULIN_SHARP_CUT");
        assertThat(r.json().path("passages").size()).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from weight_alert where resident_id = ? and flag = 'INSULIN_SHARP_CUT' and status = 'OPEN'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the resident's station doctor sees it with the reason, and it counts on the home page
        var page = ApiClient.as(port, "village-doctor").get("/weight/clinic");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("胰岛素", "晚饭不吃");
        assertThat(ApiClient.as(port, "village-doctor").get("/").body()).contains("萧慧减预警");

        // rapid loss: more than 1 kg a week over at least two weeks (14 days back: the enrolment weigh-in, replaced)
        var today = LocalDate.now(clock);
        var plan = resident().get("/api/weight/plan").json();
        double w = plan.path("latestWeightKg").asDouble();
        assertThat(resident()
                        .post(
                                "/api/weight/weighins",
                                "{\"day\":\"" + today.minusDays(14) + "\",\"weightKg\":" + (w + 4) + "}")
                        .status())
                .isEqualTo(201);
        assertThat(resident()
                        .post("/api/weight/weighins", "{\"day\":\"" + today + "\",\"weightKg\":" + (w + 0.5) + "}")
                        .status())
                .isEqualTo(201);
        assertThat(jdbc.sql(
                                "select reason from weight_alert where resident_id = ? and flag = 'RAPID_LOSS' and status = 'OPEN'")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("超过1公斤/周");
    }

    @Test
    void staffSeeTheDistrictByTownWithExcelButNotTheResidentPages() {
        var admin = ApiClient.as(port, "admin");
        var page = admin.get("/weight/district");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("合计", "满12周");
        var excel = admin.get("/weight/district.xlsx");
        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.contentType()).contains("spreadsheetml");
        assertThat(ApiClient.as(port, "pharmacist").get("/weight/district").status())
                .isEqualTo(403);
        assertThat(admin.post("/api/weight/meals", "{}").status()).isEqualTo(403);
    }

    @Test
    void theFamilyDoctorSeesOneResidentsCourseWeekByWeek() {
        long id = residentId();
        assertThat(resident()
                        .post("/api/weight/meals", "{\"meal\":\"LUNCH\",\"foodCode\":\"F003\",\"portions\":2}")
                        .status())
                .isEqualTo(201);
        // the current week of the plan, counted by hand: mean intake over the days with an entry
        var today = LocalDate.now(clock);
        var enrolled = jdbc.sql("select enrolled_on from weight_plan where resident_id = ?")
                .param(id)
                .query(LocalDate.class)
                .single();
        var weekStart = enrolled.plusWeeks(java.time.temporal.ChronoUnit.DAYS.between(enrolled, today) / 7);
        var perDay = jdbc.sql(
                        "select sum(kcal) from weight_meal where resident_id = ? and day between ? and ? group by day")
                .params(id, weekStart, today)
                .query(Double.class)
                .list();
        long mean = Math.round(perDay.stream().mapToDouble(Double::doubleValue).sum() / perDay.size());

        var page = ApiClient.as(port, "village-doctor").get("/weight/clinic/residents/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("体重管理趋势", "每周饮食与运动", mean + " 千卡", perDay.size() + "天", "trend-data")
                .doesNotContain(" kcal<", ">kcal");
        assertThat(ApiClient.as(port, "village-doctor").get("/weight/clinic").body())
                .contains("/weight/clinic/residents/" + id);
        // not enrolled (or outside the reader's scope): not found, and a resident may not open it
        assertThat(ApiClient.as(port, "admin").get("/weight/clinic/residents/1").status())
                .isEqualTo(404);
        assertThat(resident().get("/weight/clinic/residents/" + id).status()).isEqualTo(403);
    }
}
