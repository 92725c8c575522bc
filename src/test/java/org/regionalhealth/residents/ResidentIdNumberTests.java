package org.regionalhealth.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTests {

    /** A fixed day: the checks do not depend on when the tests run. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    // 11010519491231002X is the worked example of GB 11643-1999 (Annex A)
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsWorkedExampleAndDerivesBirthDateAndSex() {
        var id = new ResidentIdNumber(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void computesTheMod112CheckCharacter() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("33010919800101001")).isEqualTo(expectedFor("33010919800101001"));
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(ResidentIdNumber.problemWith("110105194912310021", TODAY))
                .hasValueSatisfying(message -> assertThat(message).contains("校验位"));
    }

    @Test
    void rejectsAnImpossibleDate() {
        String first17 = "33010919800230001"; // 30 February
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThat(ResidentIdNumber.problemWith(id, TODAY))
                .hasValueSatisfying(message -> assertThat(message).contains("出生日期"));
    }

    @Test
    void rejectsABirthInTheFuture() {
        String first17 = "33010920300101001";
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThat(ResidentIdNumber.problemWith(id, LocalDate.of(2026, 11, 23))).isPresent();
    }

    @Test
    void rejectsAnUnknownProvinceAndBadShape() {
        String first17 = "99010919800101001";
        assertThat(ResidentIdNumber.problemWith(first17 + ResidentIdNumber.checkCharacter(first17), TODAY))
                .hasValueSatisfying(message -> assertThat(message).contains("地址码"));
        assertThat(ResidentIdNumber.problemWith("3301091980010100", TODAY)).isPresent();
        assertThat(ResidentIdNumber.problemWith("33010919800101001A", TODAY)).isPresent();
        assertThatThrownBy(() -> new ResidentIdNumber("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oddSequenceDigitIsMale() {
        String first17 = "33010919800101003";
        var id = new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        assertThat(id.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void masksAllButAddressCodeAndLastFour() {
        assertThat(new ResidentIdNumber(STANDARD_EXAMPLE).masked()).isEqualTo("110105********002X");
    }

    @Test
    void parseTrimsAndUpperCasesTheCheckCharacter() {
        assertThat(ResidentIdNumber.parse(" 11010519491231002x ").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    /** Independent computation of the check character from the weights' definition 2^(i-1) mod 11. */
    private static char expectedFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int position = 18 - i;
            int weight = (int) (Math.pow(2, position - 1) % 11);
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
