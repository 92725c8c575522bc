package org.regionalhealth.ecg.preread;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.residents.Sex;

/**
 * The ST-elevation criteria of the pre-read as data ({@code ecg/stemi-criteria.csv}, {@code
 * ecg/stemi-contiguous.csv}, sources in the files): a threshold per lead by sex and age, and the contiguous lead
 * pairs. Suspected STEMI = some contiguous pair with both leads at or above their thresholds.
 */
public final class StemiCriteria {

    /** One threshold row. */
    public record Threshold(
            Set<Lead> leads, @Nullable Sex sex, int minAge, @Nullable Integer maxAge, double mv, String source) {

        boolean applies(Lead lead, @Nullable Sex patientSex, int age) {
            return leads.contains(lead)
                    && (sex == null || sex == patientSex)
                    && age >= minAge
                    && (maxAge == null || age <= maxAge);
        }
    }

    /** A contiguous pair. */
    public record Pair(Lead a, Lead b, Territory territory) {}

    /**
     * The result.
     *
     * @param suspected a contiguous pair meets the criteria
     * @param leads the leads at or above their threshold that belong to a meeting pair
     * @param territories the territories of the meeting pairs
     */
    public record Assessment(boolean suspected, Set<Lead> leads, Set<Territory> territories) {}

    private final List<Threshold> thresholds;
    private final List<Pair> pairs;

    public StemiCriteria(List<Threshold> thresholds, List<Pair> pairs) {
        this.thresholds = List.copyOf(thresholds);
        this.pairs = List.copyOf(pairs);
    }

    /** The criteria shipped with the platform. */
    public static StemiCriteria standard() {
        var thresholds = new ArrayList<Threshold>();
        for (String[] row : rows("/ecg/stemi-criteria.csv")) {
            var leads = EnumSet.noneOf(Lead.class);
            for (String name : row[0].trim().split("\\s+")) {
                leads.add(Lead.valueOf(name));
            }
            thresholds.add(new Threshold(
                    leads,
                    "*".equals(row[1].trim()) ? null : Sex.valueOf(row[1].trim()),
                    Integer.parseInt(row[2].trim()),
                    row[3].isBlank() ? null : Integer.valueOf(row[3].trim()),
                    Double.parseDouble(row[4].trim()),
                    row[5].trim()));
        }
        var pairs = new ArrayList<Pair>();
        for (String[] row : rows("/ecg/stemi-contiguous.csv")) {
            pairs.add(new Pair(
                    Lead.valueOf(row[0].trim()), Lead.valueOf(row[1].trim()), Territory.valueOf(row[2].trim())));
        }
        return new StemiCriteria(thresholds, pairs);
    }

    /** The threshold for a lead, or {@code null} when the lead is not a STEMI lead (aVR). */
    public @Nullable Threshold threshold(Lead lead, @Nullable Sex sex, int age) {
        for (Threshold t : thresholds) {
            if (t.applies(lead, sex, age)) {
                return t;
            }
        }
        return null;
    }

    /** Whether the elevation meets the lead's threshold ("≥ 1 mm": at the threshold counts). */
    public boolean meets(Lead lead, double elevationMv, @Nullable Sex sex, int age) {
        var t = threshold(lead, sex, age);
        // measured values are rounded to the microvolt before comparing, so 0.1 mV is 0.1 mV
        return t != null && Math.round(elevationMv * 1000) >= Math.round(t.mv() * 1000);
    }

    public Assessment assess(Map<Lead, Double> stElevation, @Nullable Sex sex, int age) {
        var leads = new LinkedHashSet<Lead>();
        var territories = EnumSet.noneOf(Territory.class);
        for (Pair pair : pairs) {
            Double a = stElevation.get(pair.a());
            Double b = stElevation.get(pair.b());
            if (a != null && b != null && meets(pair.a(), a, sex, age) && meets(pair.b(), b, sex, age)) {
                leads.add(pair.a());
                leads.add(pair.b());
                territories.add(pair.territory());
            }
        }
        var ordered = EnumSet.noneOf(Lead.class);
        ordered.addAll(leads);
        return new Assessment(!ordered.isEmpty(), ordered, territories);
    }

    public List<Threshold> thresholds() {
        return thresholds;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = StemiCriteria.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var rows = new ArrayList<String[]>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(";", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
