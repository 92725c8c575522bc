package org.regionalhealth.semantic.model;

import org.regionalhealth.semantic.Embeddings;
import org.regionalhealth.semantic.SemanticProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The platform's {@link Embeddings} bean: bge-small-zh-v1.5, loaded once per JVM. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SemanticProperties.class)
class SemanticConfiguration {

    private final SemanticProperties properties;

    SemanticConfiguration(SemanticProperties properties) {
        this.properties = properties;
    }

    @Bean
    Embeddings embeddings() {
        return new BgeSmallZhEmbeddings(properties.cacheSize());
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        if (properties.loadAtStart()) {
            var loader = new Thread(BgeSmallZhEmbeddings::load, "semantic-model-load");
            loader.setDaemon(true);
            loader.start();
        }
    }
}
