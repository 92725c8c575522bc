package org.regionalhealth.screening.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a document that a test generates from data, between {@code <!-- generated:NAME -->} and
 * {@code <!-- /generated:NAME -->}, so that it cannot go stale: the test fails when the document differs from what the
 * data give, and {@code -Ddocs.update=true} rewrites the section.
 */
final class GeneratedDocSection {

    private GeneratedDocSection() {}

    static void check(Path document, String name, String content) throws IOException {
        String text = Files.readString(document, StandardCharsets.UTF_8);
        String open = "<!-- generated:" + name + " -->";
        String close = "<!-- /generated:" + name + " -->";
        int start = text.indexOf(open);
        int end = text.indexOf(close);
        assertThat(start).as(document + " lacks " + open).isNotNegative();
        assertThat(end).as(document + " lacks " + close).isGreaterThan(start);
        String current = text.substring(start + open.length(), end);
        String wanted = "\n" + content.strip() + "\n";
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(
                    document,
                    text.substring(0, start + open.length()) + wanted + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(current)
                .as("section '" + name + "' of " + document
                        + " is stale: rerun this test with -Ddocs.update=true and commit the document")
                .isEqualTo(wanted);
    }
}
