package org.regionalhealth.residents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * An 18-digit citizen identity number (公民身份号码) by GB 11643-1999: a 6-digit address code (GB/T 2260), an 8-digit
 * birth date, a 3-digit sequence whose parity gives the sex (odd male, even female) and an ISO 7064 MOD 11-2 check
 * character (0–9 or X).
 */
public record ResidentIdNumber(String value) {

    /** GB 11643-1999 §8.2: weights W_i = 2^(i-1) mod 11 for positions 18 … 2. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Province-level codes of GB/T 2260 (the first two digits), including 71 Taiwan, 81 Hong Kong, 82 Macao. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    /**
     * Checks the structure. A value object has no clock: a birth date is refused when it lies after today anywhere on
     * Earth (the latest calendar day, UTC+18); code that knows the district's day checks {@link #problemWith} with it.
     */
    public ResidentIdNumber {
        Optional<String> problem = problemWith(value, LocalDate.now(ZoneOffset.MAX));
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Parses user input: trims, upper-cases a trailing x. */
    public static ResidentIdNumber parse(String input) {
        return new ResidentIdNumber(input.trim().toUpperCase());
    }

    /**
     * Why a string is not a valid ID number, in Chinese, or empty when it is.
     *
     * @param today births after today are rejected
     */
    public static Optional<String> problemWith(String value, LocalDate today) {
        if (value == null || !value.matches("\\d{17}[\\dX]")) {
            return Optional.of("身份证号须为18位：前17位数字，最后一位为数字或X");
        }
        if (!PROVINCES.contains(value.substring(0, 2)) || value.substring(2, 6).equals("0000")) {
            return Optional.of("身份证号的地址码（前6位）不是有效的行政区划代码");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("身份证号中的出生日期（第7–14位）不是有效日期");
        }
        if (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH)) {
            return Optional.of("身份证号中的出生日期不在合理范围内");
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            return Optional.of("身份证号校验位错误，请核对号码");
        }
        return Optional.empty();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(
                Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** {@code 330109********1234}: the address code and the last four characters stay visible. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
