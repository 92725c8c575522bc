package org.regionalhealth.drugs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.Source;

class SourcePageTests {

    private static List<Source> sources(int labels) {
        var all = new ArrayList<Source>();
        for (int i = 0; i < labels; i++) {
            all.add(new Source("LABEL-%03d".formatted(i), "label", "说明书" + i, null, null, null, null, null));
        }
        all.add(new Source("LIT-A", "literature", "文献", null, null, null, null, null));
        all.add(new Source("REG-B", "regulation", "处方管理办法", null, null, null, null, null));
        return all;
    }

    @Test
    void regulationsComeFirstAndLabelsLast() {
        var page = DrugPageController.sourcePage(sources(3), 0);
        assertThat(page.items())
                .extracting(Source::id)
                .containsExactly("REG-B", "LIT-A", "LABEL-000", "LABEL-001", "LABEL-002");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void pagesAtTheSizeAndClampsPagesOutOfRange() {
        int size = DrugPageController.SOURCES_PAGE_SIZE;
        var all = sources(size); // size + 2 sources: two pages
        assertThat(DrugPageController.sourcePage(all, 0).items()).hasSize(size);
        var second = DrugPageController.sourcePage(all, 1);
        assertThat(second.items()).hasSize(2);
        assertThat(second.page()).isEqualTo(1);
        assertThat(DrugPageController.sourcePage(all, 99).page()).isEqualTo(1);
        assertThat(DrugPageController.sourcePage(all, -3).page()).isZero();
        assertThat(DrugPageController.sourcePage(List.of(), 0).items()).isEmpty();
    }
}
