package org.regionalhealth.semantic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the semantic service.
 *
 * @param loadAtStart load the model when the application has started (in the background) instead of on the first
 *     embedding; default {@code false}: lazily, so a process that never embeds never pays for it
 * @param cacheSize how many embeddings of recent texts to keep (by text); 0 switches the cache off
 */
@ConfigurationProperties("rhp.semantic")
public record SemanticProperties(@DefaultValue("false") boolean loadAtStart, @DefaultValue("50000") int cacheSize) {}
