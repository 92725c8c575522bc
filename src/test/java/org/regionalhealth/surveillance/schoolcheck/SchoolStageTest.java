package org.regionalhealth.surveillance.schoolcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Classes by school type (issue 16 item 6): a kindergarten is offered 托班–大班, never 1–12年级. */
class SchoolStageTest {

    @Test
    void theStageFollowsTheSchoolsRegisteredName() {
        assertThat(SchoolStage.of("萧山区城厢第一幼儿园")).isEqualTo(SchoolStage.KINDERGARTEN);
        assertThat(SchoolStage.of("萧山区城厢第二小学")).isEqualTo(SchoolStage.PRIMARY);
        assertThat(SchoolStage.of("萧山区城厢第五初级中学")).isEqualTo(SchoolStage.JUNIOR);
        assertThat(SchoolStage.of("萧山区第八高级中学")).isEqualTo(SchoolStage.SENIOR);
        assertThat(SchoolStage.of("萧山区九年一贯制学校")).isEqualTo(SchoolStage.OTHER);
    }

    @Test
    void eachStageOffersItsOwnClasses() {
        assertThat(SchoolStage.KINDERGARTEN.grades().values()).containsExactly("托班", "小班", "中班", "大班");
        assertThat(SchoolStage.PRIMARY.grades().values()).containsExactly("1年级", "2年级", "3年级", "4年级", "5年级", "6年级");
        assertThat(SchoolStage.JUNIOR.grades().keySet()).containsExactly(7, 8, 9);
        assertThat(SchoolStage.SENIOR.grades().values()).containsExactly("高一", "高二", "高三");
        assertThat(SchoolStage.OTHER.grades()).hasSize(12);
        assertThat(SchoolStage.KINDERGARTEN.offers(3)).isFalse();
        assertThat(SchoolStage.KINDERGARTEN.offers(23)).isTrue();
    }

    @Test
    void storedGradesAreOneToTwelveOrTheFourKindergartenClasses() {
        assertThat(SchoolStage.valid(0)).isFalse();
        assertThat(SchoolStage.valid(1)).isTrue();
        assertThat(SchoolStage.valid(12)).isTrue();
        assertThat(SchoolStage.valid(13)).isFalse();
        assertThat(SchoolStage.valid(20)).isFalse();
        assertThat(SchoolStage.valid(21)).isTrue();
        assertThat(SchoolStage.valid(24)).isTrue();
        assertThat(SchoolStage.valid(25)).isFalse();
        assertThat(SchoolStage.label(23)).isEqualTo("中班");
    }
}
