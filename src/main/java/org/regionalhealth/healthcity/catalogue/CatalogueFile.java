package org.regionalhealth.healthcity.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.Collection;
import org.regionalhealth.healthcity.Department;
import org.regionalhealth.healthcity.Direction;
import org.regionalhealth.healthcity.ReportingPeriod;

/**
 * The catalogue data file {@code healthcity/indicators.tsv}: one tab-separated row per indicator version, comment
 * lines starting with {@code #}, then a header.
 */
public final class CatalogueFile {

    static final String RESOURCE = "/healthcity/indicators.tsv";

    /** One row of the file. */
    public record Row(
            String code,
            int version,
            String level1,
            String level2,
            String name,
            String definition,
            String numerator,
            String denominator,
            String unit,
            ReportingPeriod period,
            Department department,
            BigDecimal target,
            Direction direction,
            BigDecimal weight,
            BigDecimal min,
            BigDecimal max,
            Collection collection,
            @Nullable String platformSource,
            String source,
            String targetSource,
            boolean verified,
            boolean local,
            int sortOrder) {}

    private CatalogueFile() {}

    public static List<Row> read() {
        try (InputStream in = CatalogueFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue file missing: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(BufferedReader reader) throws IOException {
        var rows = new ArrayList<Row>();
        List<String> header = null;
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (header == null) {
                header = Arrays.asList(f);
                continue;
            }
            if (f.length != header.size()) {
                throw new IllegalStateException(
                        "catalogue row has " + f.length + " fields, expected " + header.size() + ": " + line);
            }
            var h = header;
            java.util.function.Function<String, String> v = k -> f[h.indexOf(k)].trim();
            rows.add(new Row(
                    v.apply("code"),
                    Integer.parseInt(v.apply("version")),
                    v.apply("level1"),
                    v.apply("level2"),
                    v.apply("name"),
                    v.apply("definition"),
                    v.apply("numerator"),
                    v.apply("denominator"),
                    v.apply("unit"),
                    ReportingPeriod.valueOf(v.apply("period")),
                    Department.valueOf(v.apply("department")),
                    new BigDecimal(v.apply("target")),
                    Direction.valueOf(v.apply("direction")),
                    new BigDecimal(v.apply("weight")),
                    new BigDecimal(v.apply("min")),
                    new BigDecimal(v.apply("max")),
                    Collection.valueOf(v.apply("collection")),
                    v.apply("platform_source"),
                    v.apply("source"),
                    v.apply("target_source"),
                    Boolean.parseBoolean(v.apply("verified")),
                    Boolean.parseBoolean(v.apply("local")),
                    ++n));
        }
        return rows;
    }
}
