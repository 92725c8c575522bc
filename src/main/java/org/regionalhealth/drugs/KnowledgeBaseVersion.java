package org.regionalhealth.drugs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which knowledge base a screening result was computed with (research §7 N4: every finding carries the rule
 * version).
 *
 * @param version data version from {@code kb-version.yaml}, e.g. {@code 2026.11.1}
 * @param released release date of that data
 * @param origin where it was read from: {@code classpath} or the external directory
 * @param loadedAt when this process loaded it
 */
public record KnowledgeBaseVersion(String version, LocalDate released, String origin, Instant loadedAt) {

    public KnowledgeBaseVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(loadedAt, "loadedAt");
    }
}
