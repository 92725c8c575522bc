package org.regionalhealth.drugs.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.regionalhealth.drugs.InvalidKnowledgeBaseException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the YAML documents of one knowledge-base root, either a classpath location (all jars and directories:
 * {@code classpath*:}) or a directory on disk. Files are read in name order so that error messages and
 * {@code generics()} order are stable.
 */
final class KnowledgeBaseFiles {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String rootPattern;
    private final String origin;

    private KnowledgeBaseFiles(String rootPattern, String origin) {
        this.rootPattern = rootPattern;
        this.origin = origin;
    }

    /** A classpath root such as {@code drugs/kb}. */
    static KnowledgeBaseFiles classpath(String root) {
        return new KnowledgeBaseFiles("classpath*:" + root, "classpath:" + root);
    }

    static KnowledgeBaseFiles directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidKnowledgeBaseException("knowledge base directory " + dir + " does not exist");
        }
        return new KnowledgeBaseFiles("file:" + dir.toAbsolutePath().normalize(), dir.toString());
    }

    String origin() {
        return origin;
    }

    /** One parsed document per {@code *.yaml} file of the folder, with the file name for messages. */
    List<Document> folder(String folder) {
        return read(rootPattern + "/" + folder + "/*.yaml");
    }

    /** The single document at {@code file} under the root; fails when it is absent or duplicated. */
    Document file(String file) {
        List<Document> found = read(rootPattern + "/" + file);
        if (found.size() != 1) {
            throw new InvalidKnowledgeBaseException(
                    origin + ": expected exactly one " + file + ", found " + found.size());
        }
        return found.get(0);
    }

    private List<Document> read(String pattern) {
        Resource[] resources;
        try {
            resources = resolver.getResources(pattern);
        } catch (IOException e) {
            throw new InvalidKnowledgeBaseException("cannot list " + pattern, e);
        }
        List<Resource> sorted = new ArrayList<>(Arrays.asList(resources));
        sorted.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
        List<Document> documents = new ArrayList<>();
        for (Resource resource : sorted) {
            if (!resource.exists()) {
                continue;
            }
            String name = describe(resource);
            try (InputStream in = resource.getInputStream();
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                documents.add(new Document(name, yaml().load(reader)));
            } catch (IOException | RuntimeException e) {
                if (e instanceof InvalidKnowledgeBaseException invalid) {
                    throw invalid;
                }
                throw new InvalidKnowledgeBaseException(name + ": " + e.getMessage(), e);
            }
        }
        return documents;
    }

    private static String describe(Resource resource) {
        String description = resource.getDescription();
        int kb = description.lastIndexOf("/kb");
        return kb >= 0 ? description.substring(kb + 1).replace("]", "") : description;
    }

    /**
     * A fresh parser per file (SnakeYAML instances are not thread-safe). Duplicate keys are errors; dates stay text and
     * YAML 1.1 words such as {@code no}/{@code on} stay text, so a pinyin or alias is never read as a boolean.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new PlainResolver());
    }

    /** A parsed file: its name and its YAML root (a list of entries or, for kb-version.yaml, a mapping). */
    record Document(String name, Object root) {}

    private static final class PlainResolver extends Resolver {

        private static final Pattern STRICT_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, STRICT_BOOL, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
