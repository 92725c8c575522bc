package org.regionalhealth.weight.norms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.regionalhealth.residents.Sex;

/**
 * Adult cut-offs as data with their source. BMI is weight (kg) / height (m)², rounded to one decimal (half up) before
 * it is compared, as the norms print their cut-offs with one decimal; a cut-off belongs to the higher category
 * ({@code 24.0} is 超重).
 */
public final class AdultNorms {

    public static final String WS_T_428 = "WS/T 428-2013 成人体重判定";

    /** One band: {@code lower <= value < upper} (upper {@code null}: no upper bound). */
    public record Band<C>(C category, BigDecimal lower, BigDecimal upper, String source) {

        boolean contains(BigDecimal value) {
            return value.compareTo(lower) >= 0 && (upper == null || value.compareTo(upper) < 0);
        }
    }

    public static final List<Band<BmiCategory>> BMI = List.of(
            new Band<>(BmiCategory.UNDERWEIGHT, BigDecimal.ZERO, new BigDecimal("18.5"), WS_T_428 + " 表1"),
            new Band<>(BmiCategory.NORMAL, new BigDecimal("18.5"), new BigDecimal("24.0"), WS_T_428 + " 表1"),
            new Band<>(BmiCategory.OVERWEIGHT, new BigDecimal("24.0"), new BigDecimal("28.0"), WS_T_428 + " 表1"),
            new Band<>(BmiCategory.OBESE, new BigDecimal("28.0"), null, WS_T_428 + " 表1"));

    public static final List<Band<WaistCategory>> WAIST_MEN = List.of(
            new Band<>(WaistCategory.NORMAL, BigDecimal.ZERO, new BigDecimal("85"), WS_T_428 + " 表2"),
            new Band<>(WaistCategory.PRE_CENTRAL_OBESITY, new BigDecimal("85"), new BigDecimal("90"), WS_T_428 + " 表2"),
            new Band<>(WaistCategory.CENTRAL_OBESITY, new BigDecimal("90"), null, WS_T_428 + " 表2"));

    public static final List<Band<WaistCategory>> WAIST_WOMEN = List.of(
            new Band<>(WaistCategory.NORMAL, BigDecimal.ZERO, new BigDecimal("80"), WS_T_428 + " 表2"),
            new Band<>(WaistCategory.PRE_CENTRAL_OBESITY, new BigDecimal("80"), new BigDecimal("85"), WS_T_428 + " 表2"),
            new Band<>(WaistCategory.CENTRAL_OBESITY, new BigDecimal("85"), null, WS_T_428 + " 表2"));

    private AdultNorms() {}

    /** BMI rounded to one decimal. */
    public static BigDecimal bmi(double weightKg, double heightCm) {
        double m = heightCm / 100.0;
        return BigDecimal.valueOf(weightKg / (m * m)).setScale(1, RoundingMode.HALF_UP);
    }

    public static BmiCategory bmiCategory(BigDecimal bmi) {
        return find(BMI, bmi);
    }

    public static WaistCategory waistCategory(Sex sex, BigDecimal waistCm) {
        return find(sex == Sex.MALE ? WAIST_MEN : WAIST_WOMEN, waistCm);
    }

    /** The weight at which BMI reaches the given value for this height, one decimal. */
    public static double weightAt(BigDecimal bmi, double heightCm) {
        double m = heightCm / 100.0;
        return BigDecimal.valueOf(bmi.doubleValue() * m * m)
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static <C> C find(List<Band<C>> bands, BigDecimal value) {
        return bands.stream()
                .filter(b -> b.contains(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no band for " + value))
                .category();
    }
}
