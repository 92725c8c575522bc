package org.regionalhealth.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every module's bundle has an English twin with the same keys, no merge debris, and no key in two bundles. */
class MessageBundlesTests {

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        for (var basename : ModuleMessagesConfiguration.basenames()) {
            var zh = load(basename + ".properties");
            var en = load(basename + "_en.properties");
            assertThat(en.stringPropertyNames())
                    .as("keys of %s_en.properties", basename)
                    .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        var owner = new HashMap<String, String>();
        var clashes = new TreeSet<String>();
        for (var basename : ModuleMessagesConfiguration.basenames()) {
            for (var key : load(basename + ".properties").stringPropertyNames()) {
                var previous = owner.putIfAbsent(key, basename);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + basename);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void noBundleHoldsMergeConflictMarkers() throws IOException {
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources(ModuleMessagesConfiguration.LOCATION)) {
            var text = resource.getContentAsString(StandardCharsets.UTF_8);
            assertThat(text).as(resource.getFilename()).doesNotContain("<<<<<<<", ">>>>>>>", "\n=======\n");
        }
    }

    private static Properties load(String path) throws IOException {
        var resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
        assertThat(resource.exists()).as(path).isTrue();
        var properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
