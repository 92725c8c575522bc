package org.regionalhealth.drugs.search;

import org.regionalhealth.drugs.catalogue.Product;

/**
 * A ranked product.
 *
 * @param product the product
 * @param genericName 通用名 of its generic
 * @param score higher is better (100: exact name, approval number or barcode)
 * @param matchedBy how it matched, e.g. {@code initials blf}, {@code typo 阿莫西休→阿莫西林}
 */
public record SearchHit(Product product, String genericName, int score, String matchedBy) {}
