package org.regionalhealth.appointments.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regionalhealth.semantic.model.BgeSmallZhEmbeddings;

/**
 * The semantic second opinion on phrasings the department rules miss (none of these texts is an example of the index,
 * and none contains a rule term): the rules fall back to 全科, the opinion names the department.
 */
class SemanticDepartmentsTests {

    static SemanticDepartments semantic;
    static TriageEngine rules;

    @BeforeAll
    static void load() {
        semantic = new SemanticDepartments(BgeSmallZhEmbeddings.shared());
        rules = new TriageEngine(RedFlags.TABLE, DepartmentRules.TABLE, Map.of());
    }

    static final Map<String, String> MISSED_BY_RULES = Map.of(
            "饭后上腹部胀满，一直打饱嗝", "03.02",
            "一晚上起来小便三四次", "04.04",
            "胳膊举不过头顶，一抬就疼", "04.03",
            "大姨妈两个多月没来了", "05",
            "天天躺到凌晨都睡不着，脑子停不下来", "15");

    @Test
    void phrasingsTheRulesMissGetADepartmentFromTheSecondOpinion() {
        MISSED_BY_RULES.forEach((text, expected) -> {
            var result = rules.triage(new TriageInput(text, 40 * 12, null, null, null, false));
            assertThat(result.departmentCode()).as("rules miss: %s", text).isEqualTo("02");
        });
        MISSED_BY_RULES.forEach((text, expected) -> assertThat(semantic.opinion(text))
                .as(text)
                .get()
                .extracting(SemanticDepartments.Opinion::departmentCode)
                .isEqualTo(expected));
    }

    @Test
    void vagueComplaintsKeepGeneralPracticeAlone() {
        for (String text : List.of("浑身没力气，不知道怎么了", "想找医生聊聊体检结果")) {
            assertThat(semantic.opinion(text)).as(text).isEmpty();
        }
    }
}
