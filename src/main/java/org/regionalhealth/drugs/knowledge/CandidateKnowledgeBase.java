package org.regionalhealth.drugs.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.drugs.InvalidKnowledgeBaseException;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A candidate knowledge base for a rule-change replay (issue 4 §5): the knowledge base in service (the configured
 * directory, else the bundled one) with some files replaced, copied to a scratch directory and loaded with the same
 * loader and the same checks as a reload. It is never swapped in here; activation is a separate, recorded decision.
 */
public final class CandidateKnowledgeBase {

    /** A file of the knowledge base: {@code kb-version.yaml} or {@code <folder>/<name>.yaml}. */
    private static final Pattern FILE = Pattern.compile(
            "kb-version\\.yaml|(classes|sources|generics|interactions|patent-medicines|tcm)/[a-z0-9-]{1,60}\\.yaml");

    private CandidateKnowledgeBase() {}

    /** Whether {@code path} names a knowledge-base file (no traversal, known folder). */
    public static boolean isFile(String path) {
        return path != null && FILE.matcher(path).matches();
    }

    /**
     * Loads the knowledge base at {@code source} (or the bundled one when {@code null}) with {@code replaced} files
     * (relative path → YAML text).
     *
     * @throws InvalidKnowledgeBaseException when a path is not a knowledge-base file or the result does not load
     */
    public static KnowledgeSnapshot load(@Nullable Path source, Map<String, String> replaced) {
        for (String path : replaced.keySet()) {
            if (!isFile(path)) {
                throw new InvalidKnowledgeBaseException("not a knowledge-base file: " + path);
            }
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("kb-candidate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            copy(source, scratch);
            for (var e : replaced.entrySet()) {
                Path target = scratch.resolve(e.getKey());
                Files.createDirectories(target.getParent() == null ? scratch : target.getParent());
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
            }
            return new KnowledgeBaseLoader().fromDirectory(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(scratch);
        }
    }

    private static void copy(@Nullable Path source, Path target) throws IOException {
        if (source != null) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Path to = target.resolve(source.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
            return;
        }
        var resolver = new PathMatchingResourcePatternResolver();
        String root = KnowledgeBaseLoader.CLASSPATH_ROOT + "/";
        for (Resource r : resolver.getResources("classpath*:" + root + "**/*.yaml")) {
            String url = r.getURL().toString();
            int at = url.lastIndexOf("/" + root);
            if (at < 0) {
                continue;
            }
            Path to = target.resolve(url.substring(at + root.length() + 1));
            Files.createDirectories(to.getParent());
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, to);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // scratch files in the temp directory; the OS cleans them up
        }
    }
}
