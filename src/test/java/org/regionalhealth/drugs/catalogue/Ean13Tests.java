package org.regionalhealth.drugs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class Ean13Tests {

    @Test
    void checkDigitOfKnownCodes() {
        // GS1 worked example and a Chinese retail code
        assertThat(Ean13.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Ean13.isValid("4006381333931")).isTrue();
        assertThat(Ean13.isValid("6901234567892")).isTrue();
        assertThat(Ean13.problemWith("6901234567893"))
                .hasValueSatisfying(p -> assertThat(p).contains("校验位"));
        assertThat(Ean13.problemWith("69012345")).isPresent();
    }

    @Property
    void everyCompletedCodeIsValidAndOneChangedDigitIsNot(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        String code = Ean13.complete(String.format("%012d", n));
        assertThat(Ean13.isValid(code)).isTrue();
        char[] c = code.toCharArray();
        c[5] = (char) ('0' + (c[5] - '0' + 1) % 10);
        assertThat(Ean13.isValid(new String(c))).isFalse();
    }
}
