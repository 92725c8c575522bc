package org.regionalhealth.semantic;

/**
 * One result of a nearest-k search.
 *
 * @param id the entry's id as indexed
 * @param text the entry's text as indexed
 * @param payload what the caller stored with the entry
 * @param score cosine similarity to the query, in [-1, 1] (bge-small-zh: unrelated Chinese sentences score about
 *     0.2–0.4, paraphrases 0.7–0.95)
 */
public record SemanticMatch<P>(String id, String text, P payload, double score) {}
