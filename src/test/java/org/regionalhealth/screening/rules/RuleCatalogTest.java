package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue is consistent and {@code docs/rules.md} lists exactly its rules. */
class RuleCatalogTest {

    @Test
    void docsRulesMdListsEveryRuleOnceWithItsTier() throws IOException {
        String doc = Files.readString(Path.of("docs/rules.md"));
        Matcher m = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\| (\\S+) \\| [^|]+ \\| (T[0-4]) \\|")
                .matcher(doc);
        List<String> documented = new java.util.ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        }
        List<String> catalogued = RuleCatalog.standard().metadata().stream()
                .map(r -> r.id() + "/" + r.version() + "/" + r.defaultTier())
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void everyRuleHasASourceAndADescription() {
        assertThat(RuleCatalog.standard().metadata()).hasSizeGreaterThan(40).allSatisfy(r -> {
            assertThat(r.source()).isNotBlank();
            assertThat(r.description()).isNotBlank();
        });
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> new RuleCatalog(List.of(new DrugInteractionRule(), new DrugInteractionRule())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
