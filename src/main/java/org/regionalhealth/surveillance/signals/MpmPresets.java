package org.regionalhealth.surveillance.signals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Per-disease CIDARS MPM percentiles with their sources ({@code surveillance/rules/mpm-presets.yaml}). */
public final class MpmPresets {

    /** A preset: the percentile (0.9 = P90) and where it comes from. */
    public record Preset(double percentile, String source) {
        public String label() {
            return "P" + Math.round(percentile * 100);
        }
    }

    private final Preset fallback;
    private final Map<String, Preset> byDisease;

    private MpmPresets(Preset fallback, Map<String, Preset> byDisease) {
        this.fallback = fallback;
        this.byDisease = Map.copyOf(byDisease);
    }

    public Preset of(String disease) {
        return byDisease.getOrDefault(disease, fallback);
    }

    public static MpmPresets bundled() {
        InputStream in = MpmPresets.class.getResourceAsStream("/surveillance/rules/mpm-presets.yaml");
        if (in == null) {
            throw new IllegalStateException("MPM presets missing from the classpath");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Map<?, ?> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Map<String, Preset> presets = new HashMap<>();
            if (doc.get("diseases") instanceof Map<?, ?> diseases) {
                diseases.forEach((k, v) -> presets.put(String.valueOf(k), preset((Map<?, ?>) v, String.valueOf(k))));
            }
            return new MpmPresets(preset((Map<?, ?>) doc.get("default"), "default"), presets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Preset preset(Map<?, ?> m, String at) {
        if (m == null || !(m.get("percentile") instanceof Number p) || m.get("source") == null) {
            throw new IllegalStateException("MPM preset " + at + ": percentile and source are required");
        }
        double percentile = p.doubleValue();
        if (percentile <= 0 || percentile >= 1) {
            throw new IllegalStateException("MPM preset " + at + ": percentile must lie in (0, 1)");
        }
        return new Preset(percentile, String.valueOf(m.get("source")));
    }
}
