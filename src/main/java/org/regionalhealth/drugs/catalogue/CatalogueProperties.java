package org.regionalhealth.drugs.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the product catalogue (a separate record from {@code DrugsProperties} so the knowledge base and the
 * catalogue can be configured and changed independently).
 *
 * @param demoProducts products the demo district generates into an empty catalogue: 5,000 (small) or 250,000 (full,
 *     the size of Xiaoshan's catalogue in the issue)
 * @param seed the random seed of the generated catalogue
 * @param maxImportRows the largest CSV or FHIR import accepted in one file
 */
@ConfigurationProperties("rhp.drugs.catalogue")
public record CatalogueProperties(
        @DefaultValue("5000") int demoProducts,
        @DefaultValue("20260101") long seed,
        @DefaultValue("300000") int maxImportRows) {}
