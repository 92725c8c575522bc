package org.regionalhealth.healthcity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the module writes numbers: no trailing zeros, never in exponent form ({@code 100}, not {@code 1E+2}). */
public final class Numbers {

    private Numbers() {}

    public static @Nullable BigDecimal clean(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** A score or share with one decimal: {@code 87.5}. */
    public static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A signed change with one decimal: {@code +2.3}, {@code -0.4}; a change that rounds to nothing is {@code 0.0}. */
    public static String signed(@Nullable Double value) {
        if (value == null) {
            return "—";
        }
        return Math.abs(value) < 0.05 ? "0.0" : String.format(Locale.ROOT, "%+.1f", value);
    }
}
