package org.regionalhealth.residents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNamesTests {

    @Test
    void fullPinyinAndInitials() {
        assertThat(ChineseNames.pinyin("张伟")).isEqualTo("zhangwei");
        assertThat(ChineseNames.initials("张伟")).isEqualTo("zw");
        assertThat(ChineseNames.pinyin("欧阳娜娜")).isEqualTo("ouyangnana");
        assertThat(ChineseNames.initials("欧阳娜娜")).isEqualTo("oynn");
    }

    @Test
    void surnamesUseTheirSurnameReading() {
        assertThat(ChineseNames.pinyin("单雄")).startsWith("shan");
        assertThat(ChineseNames.pinyin("曾敏")).startsWith("zeng");
        assertThat(ChineseNames.initials("解放")).startsWith("x");
    }

    @Test
    void detectsChineseText() {
        assertThat(ChineseNames.hasChinese("张")).isTrue();
        assertThat(ChineseNames.hasChinese("zw")).isFalse();
    }

    @Test
    void masksPhoneNumbers() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }
}
