package org.regionalhealth.drugs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionalhealth.drugs.InvalidKnowledgeBaseException;
import org.regionalhealth.drugs.KnowledgeSnapshot;

/** The loader refuses a knowledge base with any defect, and says what and where. */
class KnowledgeBaseLoaderTests {

    @TempDir
    Path dir;

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    @BeforeEach
    void minimalKnowledgeBase() throws IOException {
        write("kb-version.yaml", "version: t.1\nreleased: 2026-11-23\n");
        write("classes/core.yaml", "- {code: statin, nameZh: 他汀类}\n- {code: macrolide, nameZh: 大环内酯类}\n");
        write("sources/s.yaml", "- {id: S-1, kind: label, title: 说明书}\n");
        write("generics/a.yaml", generic("simvastatin", "辛伐他汀", "xinfatating", "statin"));
    }

    @Test
    void loadsAValidKnowledgeBase() {
        KnowledgeSnapshot kb = loader.fromDirectory(dir);
        assertThat(kb.version().version()).isEqualTo("t.1");
        assertThat(kb.generics()).hasSize(1);
        assertThat(kb.generic("simvastatin").orElseThrow().checked()).hasToString("2026-11-23");
    }

    @Test
    void rejectsADuplicateIdAcrossFiles() throws IOException {
        write("generics/b.yaml", generic("simvastatin", "辛伐他汀二", "xinfatatingb", "statin"));
        assertProblem("duplicate generic id 'simvastatin'");
    }

    @Test
    void rejectsADanglingClass() throws IOException {
        write("generics/b.yaml", generic("clarithromycin", "克拉霉素", "kelameisu", "macrolides"));
        assertProblem("generic clarithromycin: class 'macrolides' does not exist");
    }

    @Test
    void rejectsADanglingSource() throws IOException {
        write(
                "generics/b.yaml",
                "- {id: x, nameZh: 某药, pinyin: mouyao, classes: [statin], source: [S-9], checked: 2026-11-23}\n");
        assertProblem("source 'S-9' does not exist");
    }

    @Test
    void rejectsAnInteractionWithAnUnknownDrug() throws IOException {
        write(
                "interactions/i.yaml",
                "- {id: DDI-1, a: {drug: simvastatin}, b: {drug: clarithromycin}, severity: contraindicated,"
                        + " source: [S-1], checked: 2026-11-23}\n");
        assertProblem("interaction DDI-1: drug 'clarithromycin' does not exist");
    }

    @Test
    void rejectsAParentLoop() throws IOException {
        write("classes/loop.yaml", "- {code: a, nameZh: 甲, parent: b}\n- {code: b, nameZh: 乙, parent: a}\n");
        assertProblem("its parents form a loop");
    }

    @Test
    void rejectsAMissingRequiredField() throws IOException {
        write("generics/b.yaml", "- {id: y, nameZh: 某药, classes: [statin], source: [S-1], checked: 2026-11-23}\n");
        assertProblem("required field 'pinyin' is missing");
    }

    @Test
    void rejectsAMisspeltField() throws IOException {
        write(
                "generics/b.yaml",
                "- id: y\n  nameZh: 某药\n  pinyin: mouyao\n  classes: [statin]\n  source: [S-1]\n"
                        + "  checked: 2026-11-23\n  dose: {unit: mg, adult: {perDayMx: 40}}\n");
        assertProblem("unknown field 'perDayMx'");
    }

    @Test
    void rejectsAMinimumAboveItsMaximum() throws IOException {
        write(
                "generics/b.yaml",
                "- id: y\n  nameZh: 某药\n  pinyin: mouyao\n  classes: [statin]\n  source: [S-1]\n"
                        + "  checked: 2026-11-23\n  dose: {unit: mg, adult: {perDoseMin: 40, perDoseMax: 20}}\n");
        assertProblem("perDose minimum exceeds maximum");
    }

    @Test
    void rejectsOneNameForTwoGenerics() throws IOException {
        write("generics/b.yaml", generic("lovastatin", "洛伐他汀", "xinfatating", "statin"));
        assertProblem("name 'xinfatating' denotes both simvastatin and lovastatin");
    }

    @Test
    void rejectsAnUnknownSeverity() throws IOException {
        write(
                "generics/b.yaml",
                "- {id: y, nameZh: 某药, pinyin: mouyao, classes: [statin], source: [S-1], checked: 2026-11-23,"
                        + " pregnancy: forbidden}\n");
        assertProblem("'pregnancy' has unknown value 'forbidden'");
    }

    @Test
    void readsYamlWordsAndDatesAsText() throws IOException {
        // YAML 1.1 would read 'no' as false and the date as a timestamp
        write(
                "generics/b.yaml",
                "- {id: y, nameZh: 某药, pinyin: mouyao, aliases: [no, on], classes: [statin], source: [S-1],"
                        + " checked: 2026-11-23}\n");
        KnowledgeSnapshot kb = loader.fromDirectory(dir);
        assertThat(kb.generic("y").orElseThrow().aliases()).containsExactly("no", "on");
    }

    @Test
    void rejectsAMissingDirectory() {
        assertThatThrownBy(() -> loader.fromDirectory(dir.resolve("absent")))
                .isInstanceOf(InvalidKnowledgeBaseException.class)
                .hasMessageContaining("does not exist");
    }

    private void assertProblem(String expected) {
        assertThatThrownBy(() -> loader.fromDirectory(dir))
                .isInstanceOf(InvalidKnowledgeBaseException.class)
                .hasMessageContaining(expected);
    }

    private static String generic(String id, String nameZh, String pinyin, String drugClass) {
        return "- {id: " + id + ", nameZh: " + nameZh + ", pinyin: " + pinyin + ", classes: [" + drugClass
                + "], source: [S-1], checked: 2026-11-23}\n";
    }

    private void write(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
