package org.regionalhealth.screening.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.KB;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.Generic;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 14 item 6: the coverage of the national essential-medicines list (《国家基本药物目录》2018年版) by the knowledge
 * base, per chapter, generated into docs/knowledge-base.md from data so that it cannot go stale. The list is the partial
 * transcription in {@code screening/essential-medicines-2018.yaml}; a name counts as covered when the knowledge base's own
 * name lookup resolves it to a cited generic (every entry carries its source, so covered means cited).
 */
class EssentialMedicinesCoverageTest {

    @Test
    @SuppressWarnings("unchecked")
    void theCoverageReportIsGeneratedFromTheListAndTheKnowledgeBase() throws Exception {
        Map<String, Object> list;
        try (InputStream in = getClass().getResourceAsStream("/screening/essential-medicines-2018.yaml")) {
            list = new Yaml().load(in);
        }
        int westernTotal = (Integer) list.get("westernTotal");
        int patentTotal = (Integer) list.get("patentTotal");
        boolean checked = Boolean.TRUE.equals(list.get("checkedAgainstOfficialText"));
        List<Map<String, Object>> chapters = (List<Map<String, Object>>) list.get("chapters");

        StringBuilder table = new StringBuilder();
        table.append("| chapter (章) | transcribed | covered | not covered |\n|---|---:|---:|---|\n");
        int transcribed = 0;
        int covered = 0;
        List<String> incompleteChapters = new ArrayList<>();
        for (Map<String, Object> chapter : chapters) {
            List<String> names = (List<String>) chapter.get("names");
            List<String> missing = new ArrayList<>();
            int hit = 0;
            for (String name : names) {
                Optional<Generic> g = KB.findGeneric(name);
                if (g.isPresent()) {
                    assertThat(g.get().source())
                            .as(name + " is covered by a cited entry")
                            .isNotEmpty();
                    hit++;
                } else {
                    missing.add(name);
                }
            }
            transcribed += names.size();
            covered += hit;
            if (!Boolean.TRUE.equals(chapter.get("complete"))) {
                incompleteChapters.add((String) chapter.get("chapter"));
            }
            table.append("| ")
                    .append(chapter.get("chapter"))
                    .append(Boolean.TRUE.equals(chapter.get("complete")) ? "" : "（部分转录）")
                    .append(" | ")
                    .append(names.size())
                    .append(" | ")
                    .append(hit)
                    .append(" | ")
                    .append(missing.isEmpty() ? "—" : String.join("、", missing))
                    .append(" |\n");
        }
        assertThat(transcribed).isLessThanOrEqualTo(westernTotal);

        StringBuilder doc = new StringBuilder();
        doc.append("Part 1 (化学药品和生物制品, ")
                .append(westernTotal)
                .append(" 品种): ")
                .append(transcribed)
                .append(" names transcribed in ")
                .append(chapters.size())
                .append(" chapters, ")
                .append(covered)
                .append(" of them covered by a cited knowledge-base entry, ")
                .append(transcribed - covered)
                .append(" not covered; ")
                .append(westernTotal - transcribed)
                .append(" names of the list are not yet transcribed (")
                .append(incompleteChapters.size())
                .append(" chapters partial, the others absent). Transcription checked against the official text: ")
                .append(checked ? "yes" : "**no**")
                .append(".\n\n")
                .append(table)
                .append("\nPart 2 (中成药, ")
                .append(patentTotal)
                .append(" 品种): not transcribed; the knowledge base holds ")
                .append(KB.patentMedicines().size())
                .append(" patent medicines with Western ingredients, not yet matched against the list.\n");
        GeneratedDocSection.check(Path.of("docs/knowledge-base.md"), "essential-medicines", doc.toString());
    }
}
