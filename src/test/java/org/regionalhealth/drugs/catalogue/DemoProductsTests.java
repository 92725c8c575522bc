package org.regionalhealth.drugs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.drugs.DrugInformationFixtures.KB;
import static org.regionalhealth.drugs.DrugInformationFixtures.PRODUCTS;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class DemoProductsTests {

    @Test
    void everyGeneratedProductIsValidMarkedAndUnique() {
        var approvals = new HashSet<String>();
        var barcodes = new HashSet<String>();
        for (var p : PRODUCTS) {
            assertThat(p.generated()).isTrue();
            assertThat(ApprovalNumber.isValid(p.approvalNumber()))
                    .as(p.approvalNumber())
                    .isTrue();
            assertThat(Ean13.isValid(p.barcode()) && Ean13.isChinese(p.barcode()))
                    .as(p.barcode())
                    .isTrue();
            assertThat(KB.generic(p.genericId())).isPresent();
            assertThat(p.insuranceClass() == InsuranceClass.C || p.insuranceCode() != null)
                    .isTrue();
            approvals.add(p.approvalNumber());
            barcodes.add(p.barcode());
        }
        assertThat(approvals).hasSize(PRODUCTS.size());
        assertThat(barcodes).hasSize(PRODUCTS.size());
    }

    @Test
    void theSameSeedGivesTheSameCatalogueAndFormsComeFromTheKnowledgeBase() {
        assertThat(DemoProducts.generate(KB, 500, 20260101L))
                .isEqualTo(
                        PRODUCTS.subList(0, 500).stream().map(p -> p.withId(0)).toList());
        var ibuprofen = KB.generic("ibuprofen").orElseThrow();
        assertThat(PRODUCTS.stream().filter(p -> p.genericId().equals("ibuprofen")))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(ibuprofen.forms())
                        .anySatisfy(f -> assertThat(f.form()).isEqualTo(p.form())));
    }

    @Test
    void productNamesFollowThePackConvention() {
        assertThat(ProductNames.of("布洛芬", "片剂")).isEqualTo("布洛芬片");
        assertThat(ProductNames.of("头孢曲松", "粉针剂")).isEqualTo("注射用头孢曲松");
        assertThat(ProductNames.of("布洛芬", "缓释胶囊")).isEqualTo("布洛芬缓释胶囊");
    }
}
