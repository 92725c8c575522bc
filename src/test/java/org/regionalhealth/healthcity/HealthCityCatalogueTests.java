package org.regionalhealth.healthcity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regionalhealth.healthcity.collection.EvidenceCheck;

/** The catalogue data file and the evidence check, without the platform. */
class HealthCityCatalogueTests {

    @Test
    void theCatalogueFileHoldsTheNationalSystemAndTheLocalIndicators() throws Exception {
        var rows = org.regionalhealth.healthcity.catalogue.CatalogueFileProbe.rows();
        var national = rows.stream().filter(r -> !r.local()).toList();
        // 《全国健康城市评价指标体系（2018版）》: 5 first-level, 20 second-level, 42 third-level indicators
        assertThat(national).hasSize(42);
        assertThat(national.stream().map(r -> r.level1()).distinct()).hasSize(5);
        assertThat(national.stream().map(r -> r.level2()).distinct()).hasSize(20);
        // only the third-level indicators confirmed in the research are marked verified (the rest show 待核实)
        assertThat(national.stream().filter(r -> r.verified()).map(r -> r.code()))
                .containsExactlyInAnyOrder("HC16", "HC18", "HC19", "HC20", "HC32", "HC39", "HC41", "HC42");
        // every row has its source, target, department and a range that holds the target
        for (var r : rows) {
            assertThat(r.source()).isNotBlank();
            assertThat(r.targetSource()).isNotBlank();
            // the source is shown on the page: no file path
            assertThat(r.source() + r.targetSource()).doesNotContain("docs/").doesNotContain(".md");
            assertThat(r.target()).isBetween(r.min(), r.max());
            assertThat(r.collection() == Collection.PLATFORM)
                    .isEqualTo(!r.platformSource().isBlank());
        }
        assertThat(rows.stream().filter(r -> r.collection() == Collection.PLATFORM))
                .hasSize(10);
    }

    @Test
    void evidenceFilesAreCheckedForTypeSizeAndContent() {
        byte[] pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
        assertThat(EvidenceCheck.problem(new EvidenceFile("月报.pdf", "application/pdf", pdf), 100))
                .isNull();
        assertThat(EvidenceCheck.problem(new EvidenceFile("月报.PDF", "application/pdf", pdf), 100))
                .isNull();
        // too large: one byte over the limit
        assertThat(EvidenceCheck.problem(new EvidenceFile("月报.pdf", "application/pdf", pdf), pdf.length - 1))
                .contains("超过");
        assertThat(EvidenceCheck.problem(new EvidenceFile("月报.pdf", "application/pdf", pdf), pdf.length))
                .isNull();
        // an executable renamed to .pdf, a type that is not accepted, an empty file
        assertThat(EvidenceCheck.problem(new EvidenceFile("月报.pdf", "application/pdf", "MZ..".getBytes()), 100))
                .contains("内容与扩展名不符");
        assertThat(EvidenceCheck.problem(new EvidenceFile("脚本.exe", "application/octet-stream", pdf), 100))
                .contains("类型不支持");
        assertThat(EvidenceCheck.problem(new EvidenceFile("空.pdf", "application/pdf", new byte[0]), 100))
                .contains("空文件");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10};
        assertThat(EvidenceCheck.problem(new EvidenceFile("照片.png", "image/png", png), 100))
                .isNull();
    }
}
