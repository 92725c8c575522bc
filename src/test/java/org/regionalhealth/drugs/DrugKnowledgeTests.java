package org.regionalhealth.drugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.drugs.knowledge.KnowledgeBaseLoader;

/** Lookups, ancestry, interactions and reload, on the small fixture knowledge base in test resources. */
class DrugKnowledgeTests {

    private static final String FIXTURE = "drugs/kb-fixture";

    private final KnowledgeSnapshot kb = new KnowledgeBaseLoader().fromClasspath(FIXTURE);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "simvastatin, simvastatin",
        "辛伐他汀, simvastatin",
        "Simvastatin, simvastatin",
        "xinfatating, simvastatin",
        "舒降之, simvastatin",
        "ZOCOR, simvastatin",
        "辛伐他汀片, simvastatin",
        "辛伐他汀片(20mg), simvastatin",
        "立普妥, atorvastatin",
        "注射用头孢曲松钠, ceftriaxone",
        "罗氏芬, ceftriaxone",
        "盐酸二甲双胍缓释片（0.5g）, metformin",
        "Metformin Hydrochloride Tablets, metformin",
        "格华止, metformin",
        "阿司匹林肠溶片, aspirin",
        "Acetaminophen, paracetamol",
        "乳酸钠林格注射液, sodium_lactate_ringer",
        "sodium lactate ringer, sodium_lactate_ringer"
    })
    void findsAGenericByAnyKindOfName(String name, String expectedId) {
        assertThat(kb.findGeneric(name)).map(Generic::id).contains(expectedId);
    }

    @Test
    void unknownNamesFindNothing() {
        assertThat(kb.findGeneric("不存在的药片")).isEmpty();
        assertThat(kb.findGeneric("")).isEmpty();
        assertThat(kb.findGeneric(null)).isEmpty();
        // a fragment of a name is not the name
        assertThat(kb.findGeneric("钠林格")).isEmpty();
    }

    @Test
    void classAncestryIsFollowed() {
        assertThat(kb.isA("simvastatin", "statin")).isTrue();
        assertThat(kb.isA("simvastatin", "cardiovascular")).isTrue();
        assertThat(kb.isA("simvastatin", "anti_infective")).isFalse();
        assertThat(kb.isA("sodium_lactate_ringer", "iv_fluid")).isTrue();
        assertThat(kb.isA("unknown", "statin")).isFalse();
        assertThat(kb.classCodesOf("clarithromycin")).containsExactlyInAnyOrder("macrolide", "anti_infective");
        assertThat(kb.membersOf("cardiovascular"))
                .extracting(Generic::id)
                .contains("simvastatin", "lovastatin", "atorvastatin", "enalapril", "spironolactone", "aspirin")
                .doesNotContain("clarithromycin");
    }

    @Test
    void simvastatinAndClarithromycinInteractInBothOrdersThroughDrugAndClassEntries() {
        List<Interaction> forward = kb.interactionsBetween("simvastatin", "clarithromycin");
        List<Interaction> backward = kb.interactionsBetween("clarithromycin", "simvastatin");

        assertThat(forward).extracting(Interaction::id).containsExactly("FIX-DD", "FIX-CD");
        assertThat(backward).containsExactlyElementsOf(forward);
        assertThat(forward.get(0).severity()).isEqualTo(Severity.CONTRAINDICATED);
    }

    @Test
    void classEntriesMatchEveryMemberAndAncestor() {
        // drug–class: the macrolide entry reaches erythromycin too
        assertThat(kb.interactionsBetween("erythromycin", "simvastatin"))
                .extracting(Interaction::id)
                .containsExactly("FIX-CD");
        // class–class, written ACEI × potassium-sparing, asked the other way round
        assertThat(kb.interactionsBetween("spironolactone", "enalapril"))
                .extracting(Interaction::id)
                .containsExactly("FIX-CC");
        // a class entry on an ancestor (anti_infective) matches a member of a descendant class
        assertThat(kb.interactionsBetween("lovastatin", "ceftriaxone"))
                .extracting(Interaction::id)
                .containsExactly("FIX-DC-ANCESTOR");
        // R23 negative control: atorvastatin is a statin, but no entry names it or the statin class
        assertThat(kb.interactionsBetween("atorvastatin", "clarithromycin")).isEmpty();
        assertThat(kb.interactionsBetween("metformin", "unknown")).isEmpty();
    }

    @Test
    void patentMedicinesHerbsAndSourcesAreIndexed() {
        assertThat(kb.findPatentMedicine("维C银翘片")).map(PatentMedicine::id).contains("weic_yinqiao_pian");
        assertThat(kb.patentMedicinesContaining("paracetamol"))
                .extracting(PatentMedicine::id)
                .containsExactly("weic_yinqiao_pian");
        assertThat(kb.findHerb("法半夏")).map(TcmHerb::id).contains("banxia");
        assertThat(kb.incompatibilitiesBetween("banxia", "fuzi"))
                .extracting(TcmIncompatibility::kind)
                .containsExactly("十八反");
        assertThat(kb.incompatibilitiesBetween("fuzi", "banxia")).hasSize(1);
        assertThat(kb.incompatibilitiesBetween("fuzi", "gancao")).isEmpty();
        assertThat(kb.source("FIX-LABEL")).map(Source::kind).contains("label");
    }

    @Test
    void entriesCarryTheirStructuredFacts() {
        Generic simvastatin = kb.generic("simvastatin").orElseThrow();
        assertThat(simvastatin.dose().adult().ceilingPerDay()).isEqualTo(80.0);
        assertThat(simvastatin.hasRoute("口服")).isTrue();
        assertThat(simvastatin.reviewStatus()).isEqualTo(ReviewStatus.DRAFT);
        Generic ceftriaxone = kb.generic("ceftriaxone").orElseThrow();
        assertThat(ceftriaxone.iv().incompatible())
                .extracting(Generic.IvIncompatibility::scope, Generic.IvIncompatibility::maxAgeDays)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("same_infusion", null),
                        org.assertj.core.groups.Tuple.tuple("any", 28));
    }

    @Nested
    class Reload {

        @TempDir
        Path dir;

        private final List<Object> published = new ArrayList<>();

        @Test
        void swapsInTheNewVersionAndAnnouncesIt() throws IOException {
            copyFixture();
            DrugKnowledge knowledge = new DrugKnowledge(new DrugsProperties(dir), published::add);
            KnowledgeSnapshot before = knowledge.snapshot();
            assertThat(before.version().version()).isEqualTo("fixture.1");
            assertThat(before.version().origin()).isEqualTo(dir.toString());

            Files.writeString(dir.resolve("kb-version.yaml"), "version: fixture.2\nreleased: 2026-11-24\n");
            KnowledgeBaseVersion reloaded = knowledge.reload();

            assertThat(reloaded.version()).isEqualTo("fixture.2");
            assertThat(knowledge.snapshot().version().version()).isEqualTo("fixture.2");
            assertThat(before.version().version())
                    .as("old snapshots stay as they were")
                    .isEqualTo("fixture.1");
            assertThat(published).containsExactly(new DrugKnowledgeUpdated(reloaded));
        }

        @Test
        void keepsTheWorkingSnapshotWhenTheNewDataIsBroken() throws IOException {
            copyFixture();
            DrugKnowledge knowledge = new DrugKnowledge(new DrugsProperties(dir), published::add);
            Files.writeString(
                    dir.resolve("generics/broken.yaml"),
                    "- {id: broken, nameZh: 坏, pinyin: huai, classes: [no_such_class], source: [FIX-LABEL],"
                            + " checked: 2026-11-23}\n");

            assertThatThrownBy(knowledge::reload)
                    .isInstanceOf(InvalidKnowledgeBaseException.class)
                    .hasMessageContaining("no_such_class");
            assertThat(knowledge.snapshot().version().version()).isEqualTo("fixture.1");
            assertThat(knowledge.snapshot().generic("simvastatin")).isPresent();
            assertThat(published).isEmpty();
        }

        private void copyFixture() throws IOException {
            Path fixture;
            try {
                fixture = Path.of(getClass().getResource("/" + FIXTURE).toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            try (Stream<Path> files = Files.walk(fixture)) {
                for (Path file : files.toList()) {
                    Path target = dir.resolve(fixture.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
