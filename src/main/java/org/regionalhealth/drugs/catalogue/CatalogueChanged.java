package org.regionalhealth.drugs.catalogue;

/**
 * Products were added to the catalogue (demo generation or an import); the search index must be rebuilt.
 *
 * @param added how many products were added
 */
public record CatalogueChanged(int added) {}
