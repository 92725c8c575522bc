package org.regionalhealth.drugs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DrugNamesTests {

    @Test
    void keysIgnoreCaseWidthSpacingPunctuationAndSpecifications() {
        assertThat(DrugNames.key("Amoxicillin / Clavulanate")).isEqualTo("amoxicillinclavulanate");
        assertThat(DrugNames.key("amoxicillin_clavulanate")).isEqualTo("amoxicillinclavulanate");
        assertThat(DrugNames.key("维Ｃ银翘片")).isEqualTo("维c银翘片");
        assertThat(DrugNames.key("阿莫西林胶囊（0.25g×24粒）")).isEqualTo("阿莫西林胶囊");
    }

    @Test
    void candidatesTryTheExactNameFirstThenFormThenSalt() {
        assertThat(DrugNames.candidates("盐酸二甲双胍缓释片"))
                .startsWith("盐酸二甲双胍缓释片", "盐酸二甲双胍缓释", "盐酸二甲双胍")
                .contains("二甲双胍");
        assertThat(DrugNames.candidates("注射用头孢曲松钠")).containsSubsequence("头孢曲松钠", "头孢曲松");
    }

    @Property
    void aKeyIsStableUnderRepetition(@ForAll @AlphaChars @StringLength(max = 30) String name) {
        String key = DrugNames.key(name);
        assertThat(DrugNames.key(key)).isEqualTo(key);
        assertThat(DrugNames.candidates(name)).allSatisfy(c -> assertThat(c).isNotEmpty());
    }
}
