package org.regionalhealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (issue 13 item 2, ADR 0011): a table belongs to the module whose Flyway folder creates it, and
 * only that module's code names it in SQL; other modules call the owner's root-package API. The reads that still
 * cross a boundary are listed, each with its reason, in {@code architecture/cross-module-tables.txt}. The list is a
 * ratchet: a new crossing fails this test until it is either replaced by an API call or listed with a reason, and a
 * listed crossing that no longer occurs fails it too, so the list only shrinks.
 */
class TableOwnershipTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path MAIN = Path.of("src/main/java/org/regionalhealth");
    private static final Pattern CREATE = Pattern.compile(
            "(?i)create\\s+(?:unlogged\\s+)?(?:table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*_[a-z0-9_]+");

    @Test
    void everyTableIsNamedOnlyByItsOwnerOrByAListedCrossing() throws IOException {
        Map<String, String> owners = owners();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> modules = Files.list(MAIN)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                String name = module.getFileName().toString();
                try (Stream<Path> files = Files.walk(module)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = WORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (m.find()) {
                            String owner = owners.get(m.group());
                            if (owner != null && !owner.equals(name) && !name.equals("demo")) {
                                found.add(name + " " + m.group());
                            }
                        }
                    }
                }
            }
        }
        Set<String> listed = listed();
        assertThat(new TreeSet<>(found))
                .as("SQL naming another module's table: call the owner's root-package API instead, or list the"
                        + " crossing with its reason in architecture/cross-module-tables.txt")
                .isSubsetOf(listed);
        assertThat(listed)
                .as("listed crossings that no longer occur: take them off the list")
                .isSubsetOf(found);
    }

    /** Table → the module whose migrations create it. */
    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> folders = Files.list(MIGRATIONS)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String module = folder.getFileName().toString();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path sql :
                            files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                        Matcher m = CREATE.matcher(Files.readString(sql, StandardCharsets.UTF_8));
                        while (m.find()) {
                            owners.put(m.group(1).toLowerCase(), module);
                        }
                    }
                }
            }
        }
        return owners;
    }

    /** "module table" lines of the list, without their reasons and comments. */
    private static Set<String> listed() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(
                Path.of("src/test/resources/architecture/cross-module-tables.txt"), StandardCharsets.UTF_8)) {
            String entry = line.replaceFirst("#.*", "").trim();
            if (!entry.isEmpty()) {
                String[] parts = entry.split("\\s+");
                listed.add(parts[0] + " " + parts[1]);
            }
        }
        return listed;
    }
}
