package org.regionalhealth.weight.exercise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The activities table ({@code weight/activities.csv}): MET per activity with its Compendium code and source. */
public final class Activities {

    private static final Activities DEFAULT = load();

    private final Map<String, Activity> byCode;

    private Activities(Map<String, Activity> byCode) {
        this.byCode = byCode;
    }

    public static Activities standard() {
        return DEFAULT;
    }

    private static Activities load() {
        var map = new LinkedHashMap<String, Activity>();
        try (var in = Activities.class.getResourceAsStream("/weight/activities.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 6);
                map.put(f[0], new Activity(f[0], f[1], f[2], Double.parseDouble(f[3]), f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Activities(java.util.Collections.unmodifiableMap(map));
    }

    public Optional<Activity> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Activity> all() {
        return new ArrayList<>(byCode.values());
    }
}
