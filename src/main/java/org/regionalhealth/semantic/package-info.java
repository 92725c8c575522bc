/**
 * Semantic service (中文语义检索): Chinese sentence embeddings computed in process with bge-small-zh-v1.5 (quantised
 * ONNX, shipped inside the dependency's jar, no download at run time) and an in-memory vector index with exact
 * cosine nearest-k search. Shared by the drug assistant (issue 17), the pocket doctor's triage (issue 18) and the
 * weight coach (issue 22).
 *
 * <p>API (this package): {@link org.regionalhealth.semantic.Embeddings} (the bean: {@code embed(text)} → a unit
 * vector), {@link org.regionalhealth.semantic.SemanticIndex} (immutable, thread-safe; built once, swapped whole) and
 * {@link org.regionalhealth.semantic.SemanticMatch}. The model is loaded once per JVM, lazily on the first embedding.
 * Documentation: {@code docs/semantic-service.md}.
 */
@ApplicationModule(
        displayName = "语义检索 Semantic service",
        allowedDependencies = {"platform"})
package org.regionalhealth.semantic;

import org.springframework.modulith.ApplicationModule;
