package org.regionalhealth.drugs.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.drugs.DrugInformationFixtures.KB;
import static org.regionalhealth.drugs.DrugInformationFixtures.LABELS;

import org.junit.jupiter.api.Test;

class LabelBookTests {

    @Test
    void writtenSectionsCoverTheCommonGenericsAndCiteKnownSources() {
        assertThat(LABELS.writtenGenerics()).hasSizeGreaterThanOrEqualTo(30).contains("ibuprofen", "amoxicillin");
        for (String g : LABELS.writtenGenerics()) {
            for (var s : new LabelSection[] {
                LabelSection.INDICATIONS, LabelSection.ADVERSE_REACTIONS, LabelSection.PRECAUTIONS, LabelSection.STORAGE
            }) {
                var text = LABELS.section(g, s).orElseThrow(() -> new AssertionError(g + " " + s));
                assertThat(text.origin()).isEqualTo("written");
                assertThat(text.reviewStatus()).isEqualTo("draft");
                assertThat(text.sources()).isNotEmpty().allSatisfy(id -> assertThat(KB.source(id))
                        .isPresent());
            }
        }
    }

    @Test
    void derivedSectionsRestateKnowledgeBaseFacts() {
        var dosage = LABELS.section("ibuprofen", LabelSection.DOSAGE).orElseThrow();
        assertThat(dosage.origin()).isEqualTo("derived");
        assertThat(dosage.text()).contains("每日不超过2400mg");
        var children = LABELS.section("levofloxacin", LabelSection.CHILDREN);
        var paediatric = KB.generic("levofloxacin").orElseThrow().paediatric();
        if (paediatric != null && paediatric.contraindicatedUnderYears() != null) {
            assertThat(children).hasValueSatisfying(c -> assertThat(c.text()).contains("岁以下儿童禁用"));
        }
        var interactions =
                LABELS.section("simvastatin", LabelSection.INTERACTIONS).orElseThrow();
        assertThat(interactions.text()).contains("克拉霉素");
        assertThat(interactions.sources()).contains("ONC-DDI-2012");
    }

    @Test
    void everyGenericWithDosingHasADerivedDosageSection() {
        KB.generics().stream()
                .filter(g -> g.dose() != null && g.dose().adult() != null)
                .forEach(g -> assertThat(LABELS.section(g.id(), LabelSection.DOSAGE))
                        .as(g.id())
                        .isPresent());
    }
}
