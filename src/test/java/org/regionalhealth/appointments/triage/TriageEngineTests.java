package org.regionalhealth.appointments.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageEngineTests {

    private final TriageEngine engine = new TriageEngine(
            RedFlags.TABLE,
            DepartmentRules.TABLE,
            Map.of("02", "全科医疗科", "07", "儿科", "20", "急诊医学科", "03.01", "呼吸内科", "12", "口腔科", "03.02", "消化内科"));

    @Test
    void feverishChildWithCoughGoesToPaediatricsWithTheReason() {
        var result = engine.triage(TriageInput.text("孩子发烧38度5咳嗽两天"));
        assertThat(result.emergency()).isFalse();
        assertThat(result.departmentCode()).isEqualTo("07");
        assertThat(result.temperature()).isEqualTo(38.5);
        assertThat(result.durationDays()).isEqualTo(2);
        assertThat(result.reason()).contains("儿科", "14岁以下儿童", "发烧", "咳嗽", "38.5℃", "2天");
        assertThat(result.reasoning()).anyMatch(line -> line.contains("未发现危险信号"));
    }

    @Test
    void crushingChestPainWithColdSweatIsAnEmergency() {
        var result = engine.triage(TriageInput.text("胸口压榨样疼出冷汗"));
        assertThat(result.emergency()).isTrue();
        assertThat(result.redFlag().code()).isEqualTo("CHEST_PAIN_DANGER");
        assertThat(result.reason()).contains("立即拨打120");
        assertThat(result.reasoning()).anyMatch(line -> line.contains("胸痛基层诊疗指南"));
    }

    @Test
    void chestPainAloneIsNotARedFlag() {
        var result = engine.triage(TriageInput.text("胸口有点疼，按压时明显"));
        assertThat(result.emergency()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "爸爸突然口角歪斜说话不清, STROKE_SIGNS",
        "妈妈一侧肢体无力, STROKE_SIGNS",
        "喘不上气嘴唇发紫, SEVERE_BREATHING",
        "手被刀割了血流不止, HEAVY_BLEEDING",
        "孩子突然抽搐, CONVULSION",
        "最近不想活了, SUICIDAL_INTENT"
    })
    void redFlagsOfTheTable(String text, String code) {
        var result = engine.triage(TriageInput.text(text));
        assertThat(result.emergency()).isTrue();
        assertThat(result.redFlag().code()).isEqualTo(code);
    }

    @Test
    void suicidalIntentGivesThePsychologicalHotline() {
        assertThat(engine.triage(TriageInput.text("我想自杀")).reason()).contains("12356", "120");
    }

    /** WHO IMCI young infant (< 2 months): ≥ 37.5 °C or < 35.5 °C; NICE NG143: < 3 months and ≥ 38 °C. */
    @ParameterizedTest(name = "{0} months, {1} °C → emergency {2}")
    @CsvSource({
        "1, 37.4, false",
        "1, 37.5, true",
        "1, 35.5, false",
        "1, 35.4, true",
        "2, 37.5, false",
        "2, 37.9, false",
        "2, 38.0, true",
        "3, 38.0, false",
        "3, 39.5, false",
        "0, 37.5, true"
    })
    void infantFeverAtItsBoundaries(int months, double temperature, boolean emergency) {
        var result = engine.triage(new TriageInput("宝宝发热", months, null, temperature, null, true));
        assertThat(result.emergency()).isEqualTo(emergency);
        if (!emergency) {
            assertThat(result.departmentCode()).isEqualTo("07");
        }
    }

    @Test
    void infantAgeAndTemperatureAreReadFromTheText() {
        var result = engine.triage(TriageInput.text("宝宝2个月大，发烧38度"));
        assertThat(result.ageMonths()).isEqualTo(2);
        assertThat(result.temperature()).isEqualTo(38.0);
        assertThat(result.emergency()).isTrue();
        assertThat(engine.triage(TriageInput.text("宝宝3个月大，发烧38度")).emergency()).isFalse();
    }

    @Test
    void adultsGoToTheDepartmentOfTheirComplaint() {
        assertThat(engine.triage(TriageInput.text("咳嗽有痰三天，低烧37.8")).departmentCode())
                .isEqualTo("03.01");
        assertThat(engine.triage(TriageInput.text("拉肚子一天了")).departmentCode()).isEqualTo("03.02");
        assertThat(engine.triage(TriageInput.text("孩子牙疼")).departmentCode()).isEqualTo("12");
        assertThat(engine.triage(TriageInput.text("浑身没劲")).departmentCode()).isEqualTo("02");
    }

    @Test
    void numbersInChinese() {
        assertThat(TextReading.temperature("发烧39℃")).contains(39.0);
        assertThat(TextReading.temperature("体温38.2")).contains(38.2);
        assertThat(TextReading.temperature("３８．５度"
                        .replace('３', '3')
                        .replace('８', '8')
                        .replace('．', '.')
                        .replace('５', '5')))
                .contains(38.5);
        assertThat(TextReading.durationDays("咳嗽一周")).contains(7);
        assertThat(TextReading.durationDays("发烧十二天")).contains(12);
        assertThat(TextReading.ageMonths("5岁")).contains(60);
        assertThat(TextReading.ageMonths("出生20天")).contains(0);
    }
}
