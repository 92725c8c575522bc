package org.regionalhealth.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages show a rule's Chinese name, never its identifier (issue 16). */
class RuleNamesTest {

    final RuleNames names = new RuleNames();

    @Test
    void aRuleIsNamedByItsDescriptionUpToTheFirstBracketOrClause() {
        assertThat(names.of("DUP_CLASS")).isEqualTo("同类药物重复使用");
        assertThat(names.of("NORM_NO_DIAGNOSIS")).isEqualTo("门急诊处方未写临床诊断");
        assertThat(RuleNames.shortName("药物–疾病禁忌（ICD-10前缀匹配诊断）")).isEqualTo("药物–疾病禁忌");
    }

    @Test
    void anIdentifierOfAKnowledgeBaseEntryTakesItsRulesNameAndAnUnknownOneIsNotShown() {
        assertThat(names.of("DUP_CLASS-0214")).isEqualTo("同类药物重复使用");
        assertThat(names.of("RETIRED_RULE")).isEqualTo("其他规则");
        assertThat(names.of(null)).isEqualTo("—");
        for (var id : new String[] {"ALLERGY", "DOSE_SINGLE", "PIM", "HEPATIC", "ABX_UNGRADED"}) {
            assertThat(names.of(id)).doesNotContainPattern("[A-Z_]{4,}").isNotBlank();
        }
    }
}
