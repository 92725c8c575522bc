package org.regionalhealth.drugs;

/**
 * Published after {@link DrugKnowledge#reload()} swapped in a new snapshot, so that caches built on the previous one
 * (rule compilations, drug-code mappings) can rebuild.
 *
 * @param version the version now served
 */
public record DrugKnowledgeUpdated(KnowledgeBaseVersion version) {}
