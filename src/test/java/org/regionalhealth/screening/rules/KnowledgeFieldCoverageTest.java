package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every field present anywhere in the knowledge base is read by a screening rule or declared informational with its
 * reason (issue 14 §1): a field nobody reads — a limit typed in that screening ignores — fails the build.
 */
class KnowledgeFieldCoverageTest {

    private static final Path KB = Path.of("src/main/resources/drugs/kb");

    @Test
    void everyKnowledgeBaseFieldIsReadByARuleOrDeclaredInformational() throws IOException {
        Map<String, String> present = presentFields();
        Set<String> read = new HashSet<>();
        RuleCatalog.standard().rules().forEach(r -> read.addAll(r.knowledgeFields()));
        Map<String, String> unread = new TreeMap<>();
        present.forEach((field, file) -> {
            if (!read.contains(field) && !KnowledgeFields.INFORMATIONAL.containsKey(field)) {
                unread.put(field, file);
            }
        });
        assertThat(unread)
                .as("knowledge-base fields read by no rule and not declared informational")
                .isEmpty();
    }

    @Test
    void declarationsNameFieldsThatExistAndAreNotBothReadAndInformational() throws IOException {
        Set<String> present = presentFields().keySet();
        Set<String> read = new TreeSet<>();
        RuleCatalog.standard().rules().forEach(r -> read.addAll(r.knowledgeFields()));
        Set<String> known = new HashSet<>(present);
        // fields the loader accepts that the current entries do not happen to use
        known.addAll(List.of(
                "classes.note",
                "sources.section",
                "generics.diseases.source",
                "generics.dose.range.absoluteMaxPerDose",
                "generics.dose.range.maxDays",
                "generics.antimicrobialGradeByRoute"));
        assertThat(read)
                .allSatisfy(f -> assertThat(known).as("declared by a rule").contains(f));
        assertThat(KnowledgeFields.INFORMATIONAL.keySet()).allSatisfy(f -> {
            assertThat(known).as("declared informational").contains(f);
            assertThat(read).as("declared informational but read by a rule").doesNotContain(f);
        });
        assertThat(KnowledgeFields.INFORMATIONAL.values())
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    /** Field path → one file that uses it. */
    static Map<String, String> presentFields() throws IOException {
        Map<String, String> fields = new TreeMap<>();
        try (Stream<Path> files = Files.walk(KB)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Path relative = KB.relativize(file);
                String root = relative.getNameCount() == 1
                        ? relative.toString().replace(".yaml", "")
                        : relative.getName(0).toString();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    walk(new Yaml().load(reader), root, fields, relative.toString());
                }
            }
        }
        return fields;
    }

    private static void walk(Object node, String path, Map<String, String> fields, String file) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String child = normalise(path, key);
                if (isLeaf(e.getValue())) {
                    fields.putIfAbsent(child, file);
                } else {
                    walk(e.getValue(), child, fields, file);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                walk(item, path, fields, file);
            }
        }
    }

    /** A value, or a list of values (not a nested entry). */
    private static boolean isLeaf(Object value) {
        if (value instanceof Map<?, ?>) {
            return false;
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty() && list.stream().noneMatch(v -> v instanceof Map<?, ?> || v instanceof List<?>);
        }
        return true;
    }

    /** Dose ranges of any population or route are one shape: {@code generics.dose.range.<field>}. */
    private static String normalise(String path, String key) {
        if (path.equals("generics.dose") && (key.equals("adult") || key.equals("paediatric"))) {
            return "generics.dose.range";
        }
        if (path.equals("generics.dose.byRoute")) {
            return "generics.dose.range";
        }
        if (path.equals("generics.dose") && key.equals("byRoute")) {
            return "generics.dose.byRoute";
        }
        return path + "." + key;
    }
}
