package org.regionalhealth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf runs {@code th:insert}/{@code th:replace} before {@code th:if}/{@code th:unless} (attribute precedence
 * 100 against 300), so a condition written on the same tag as {@code th:replace} is silently dropped with the tag:
 * the "nothing here yet" text then showed above full lists on five data-space pages and on the account page. With
 * {@code th:insert} it happens to work; one way for both: the condition goes on an enclosing {@code <th:block>}.
 */
class TemplateConditionsTests {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");
    private static final Pattern CONDITION = Pattern.compile("\\sth:(if|unless)=");
    private static final Pattern INCLUSION = Pattern.compile("\\sth:(insert|replace)=");

    @Test
    void noTagHasAConditionBesideAFragmentInclusion() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Matcher tag = TAG.matcher(Files.readString(file));
                while (tag.find()) {
                    if (CONDITION.matcher(tag.group()).find()
                            && INCLUSION.matcher(tag.group()).find()) {
                        offences.add(file + ": " + tag.group());
                    }
                }
            }
        }
        assertThat(offences).as("wrap the tag in <th:block th:if=…>").isEmpty();
    }
}
