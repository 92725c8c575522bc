package org.regionalhealth.drugs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApprovalNumberTests {

    @Test
    void acceptsTheFourKindsWithYearOrAuthorityDigits() {
        assertThat(ApprovalNumber.isValid("国药准字H20003263")).isTrue();
        assertThat(ApprovalNumber.isValid("国药准字Z33020047")).isTrue(); // 33 = 浙江 (2002 re-issue)
        assertThat(ApprovalNumber.isValid("国药准字S19990011")).isTrue();
        assertThat(ApprovalNumber.isValid("国药准字J20150032")).isTrue();
        assertThat(ApprovalNumber.parse(" 国药准字ｈ２０００３２６３ ")).isEqualTo("国药准字H20003263");
    }

    @Test
    void rejectsWrongLetterLengthPrefixOrAuthority() {
        assertThat(ApprovalNumber.problemWith("国药准字X20003263")).isPresent();
        assertThat(ApprovalNumber.problemWith("国药准字H2000326")).isPresent();
        assertThat(ApprovalNumber.problemWith("H20003263")).isPresent();
        assertThat(ApprovalNumber.problemWith("国药准字H99003263"))
                .hasValueSatisfying(p -> assertThat(p).contains("批准机关"));
        assertThatThrownBy(() -> ApprovalNumber.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchAcceptsTheNumberWithoutItsPrefix() {
        assertThat(ApprovalNumber.looksLikeOne("h20003263")).isTrue();
        assertThat(ApprovalNumber.withPrefix("h20003263")).isEqualTo("国药准字H20003263");
        assertThat(ApprovalNumber.looksLikeOne("布洛芬")).isFalse();
    }
}
