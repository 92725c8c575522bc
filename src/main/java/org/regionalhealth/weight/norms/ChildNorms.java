package org.regionalhealth.weight.norms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.TreeMap;
import org.regionalhealth.residents.Sex;

/**
 * WS/T 586-2018 《学龄儿童青少年超重与肥胖筛查》: BMI cut-offs for overweight and obesity by sex and age in half-year steps
 * from 6.0 to 18.0, read from {@code weight/norms/ws-t-586-2018.csv} (one row per half-year with its source). A child
 * uses the row of the completed half-year (6 years 5 months → 6.0); BMI at or above the cut-off is overweight (obese).
 */
public final class ChildNorms {

    public static final String SOURCE = "WS/T 586-2018 学龄儿童青少年超重与肥胖筛查 表1";

    /** cut-offs per age in half-years: boys OW, boys OB, girls OW, girls OB. */
    private static final TreeMap<Integer, BigDecimal[]> TABLE = load();

    private ChildNorms() {}

    private static TreeMap<Integer, BigDecimal[]> load() {
        var table = new TreeMap<Integer, BigDecimal[]>();
        try (var in = ChildNorms.class.getResourceAsStream("/weight/norms/ws-t-586-2018.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                int halfYears =
                        new BigDecimal(f[0]).multiply(BigDecimal.valueOf(2)).intValueExact();
                table.put(halfYears, new BigDecimal[] {
                    new BigDecimal(f[1]), new BigDecimal(f[2]), new BigDecimal(f[3]), new BigDecimal(f[4])
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /** Completed half-years of age on a day. */
    public static int halfYears(LocalDate birthDate, LocalDate day) {
        return (int) (Period.between(birthDate, day).toTotalMonths() / 6);
    }

    /** The category, or empty outside 6.0–18.x years (WS/T 586 does not apply). */
    public static Optional<ChildCategory> category(Sex sex, int halfYears, BigDecimal bmi) {
        if (halfYears < 12 || halfYears > 37) {
            return Optional.empty();
        }
        var row = TABLE.floorEntry(Math.min(halfYears, 36)).getValue();
        int offset = sex == Sex.MALE ? 0 : 2;
        if (bmi.compareTo(row[offset + 1]) >= 0) {
            return Optional.of(ChildCategory.OBESE);
        }
        if (bmi.compareTo(row[offset]) >= 0) {
            return Optional.of(ChildCategory.OVERWEIGHT);
        }
        return Optional.of(ChildCategory.NOT_OVERWEIGHT);
    }

    /** Rows in the table (25: 6.0 … 18.0). */
    public static int rows() {
        return TABLE.size();
    }
}
