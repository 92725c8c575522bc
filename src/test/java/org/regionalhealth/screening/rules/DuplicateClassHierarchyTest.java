package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.PrescriptionLine;

/** DUP_CLASS through the class hierarchy: parent duplicate groups count, exemptions are data with a source. */
class DuplicateClassHierarchyTest {

    private static java.util.List<Finding> dup(PrescriptionLine a, PrescriptionLine b) {
        return screen(rx(a, b).build()).findingsOf("DUP_CLASS");
    }

    @Test
    void twoNsaidsOfDifferentSubClassesAreDuplicates() {
        assertThat(dup(oral("布洛芬", 200, "mg", "tid", 3), oral("塞来昔布", 200, "mg", "qd", 3)))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("类别=nsaid"));
    }

    @Test
    void ssriWithSnriIsADuplicateAntidepressant() {
        assertThat(dup(oral("舍曲林", 50, "mg", "qd", 7), oral("文拉法辛", 75, "mg", "qd", 7)))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("类别=antidepressant"));
    }

    @Test
    void benzodiazepineWithAZDrugIsADuplicateHypnotic() {
        assertThat(dup(oral("艾司唑仑", 1, "mg", "qn", 7), oral("唑吡坦", 10, "mg", "qn", 7)))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("类别=sedative_hypnotic"));
    }

    @Test
    void sulfonylureaWithGlinideIsADuplicateSecretagogue() {
        assertThat(dup(oral("格列齐特", 80, "mg", "bid", 7), oral("瑞格列奈", 1, "mg", "tid", 7)))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("类别=insulin_secretagogue"));
    }

    @Test
    void twoP2y12InhibitorsAreDuplicatesButAspirinWithOneIsDualAntiplateletTherapy() {
        assertThat(dup(oral("氯吡格雷", 75, "mg", "qd", 7), oral("替格瑞洛", 90, "mg", "bid", 7)))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("类别=p2y12_inhibitor"));
        assertThat(dup(oral("阿司匹林肠溶片", 100, "mg", "qd", 7), oral("氯吡格雷", 75, "mg", "qd", 7)))
                .isEmpty();
    }

    @Test
    void theExemptionIsDataWithItsSource() {
        var antiplatelet = org.regionalhealth.screening.ScreeningFixtures.KB
                .drugClass("antiplatelet")
                .orElseThrow();
        assertThat(antiplatelet.duplicateTherapy()).isFalse();
        assertThat(antiplatelet.source()).contains("GL-PCI-2016");
    }
}
