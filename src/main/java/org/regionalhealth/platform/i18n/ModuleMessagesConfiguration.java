package org.regionalhealth.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module (docs/adr/0011-platform-conventions.md): every {@code messages/<name>.properties} on
 * the class path is a bundle, with its English twin {@code messages/<name>_en.properties}. A new module adds its own
 * pair of files and touches no shared file; {@code MessageBundlesTests} keeps the two languages in step.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessagesConfiguration {

    static final String LOCATION = "classpath*:messages/*.properties";

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code messages/drugs.properties} → {@code messages/drugs}; language variants ({@code _en}) are skipped. */
    static String[] basenames() {
        try {
            var names = new TreeSet<String>();
            Arrays.stream(new PathMatchingResourcePatternResolver().getResources(LOCATION))
                    .map(resource -> resource.getFilename())
                    .filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.contains("_"))
                    .forEach(name -> names.add("messages/" + name));
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("message bundles unreadable", e);
        }
    }
}
