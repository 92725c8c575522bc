package org.regionalhealth.drugs;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the drugs module.
 *
 * @param knowledgeBaseDir a directory laid out like {@code classpath:drugs/kb/} that replaces the bundled knowledge
 *     base, so that the pharmacy can publish an approved update without a new release; {@code null}: use the
 *     classpath
 */
@ConfigurationProperties("rhp.drugs")
public record DrugsProperties(Path knowledgeBaseDir) {}
