package org.regionalhealth.drugs.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.drugs.DrugInformationFixtures.INDEX;
import static org.regionalhealth.drugs.DrugInformationFixtures.PRODUCTS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.catalogue.InsuranceClass;

class SearchIndexTests {

    private static List<String> generics(String q) {
        return INDEX.search(q, SearchFilters.NONE, 20).generics().stream()
                .map(SearchResult.GenericMatch::nameZh)
                .toList();
    }

    private static String firstProductGeneric(String q) {
        return INDEX.search(q, SearchFilters.NONE, 20).products().get(0).genericName();
    }

    @Test
    void chineseNameFindsItsProductsFirst() {
        assertThat(firstProductGeneric("阿莫西林")).isEqualTo("阿莫西林");
        assertThat(generics("阿莫西林").get(0)).isEqualTo("阿莫西林");
    }

    @Test
    void fullPinyinWithOrWithoutSpaces() {
        assertThat(firstProductGeneric("amoxilin")).isEqualTo("阿莫西林");
        assertThat(firstProductGeneric("buluofen")).isEqualTo("布洛芬");
        assertThat(firstProductGeneric("bu luo fen")).isEqualTo("布洛芬");
    }

    @Test
    void initials() {
        assertThat(firstProductGeneric("amxl")).isEqualTo("阿莫西林");
        assertThat(generics("blf")).contains("布洛芬");
        assertThat(generics("ejsg").get(0)).isEqualTo("二甲双胍");
    }

    @Test
    void initialsOneLetterOffStillListTheCommonDrug() {
        // "bls" is exactly the initials of the brand 必洛斯 (坎地沙坦) and one letter from 布洛芬 (blf)
        var found = generics("bls");
        assertThat(found).contains("坎地沙坦", "布洛芬");
        assertThat(INDEX.search("bls", SearchFilters.NONE, 20).products())
                .anySatisfy(h -> assertThat(h.genericName()).isEqualTo("布洛芬"));
    }

    @Test
    void brandToGenericAndBack() {
        var hits = INDEX.search("芬必得", SearchFilters.NONE, 10);
        assertThat(hits.generics().get(0).nameZh()).isEqualTo("布洛芬");
        assertThat(hits.products().get(0).matchedBy()).contains("商品名");
        assertThat(firstProductGeneric("立普妥")).isEqualTo("阿托伐他汀");
        assertThat(firstProductGeneric("Lipitor")).isEqualTo("阿托伐他汀");
    }

    @Test
    void typosByHomophoneAndByOneCharacter() {
        assertThat(firstProductGeneric("布落芬")).isEqualTo("布洛芬");
        assertThat(firstProductGeneric("二甲双瓜")).isEqualTo("二甲双胍");
        assertThat(firstProductGeneric("阿莫西休")).isEqualTo("阿莫西林");
        assertThat(firstProductGeneric("华法令")).isEqualTo("华法林");
        assertThat(firstProductGeneric("amoxilln")).isEqualTo("阿莫西林");
    }

    @Test
    void approvalNumberBarcodeAndInsuranceCodeFindExactlyTheProduct() {
        var p = PRODUCTS.get(1234);
        assertThat(INDEX.search(p.approvalNumber(), SearchFilters.NONE, 5).products())
                .extracting(h -> h.product().id())
                .containsExactly(p.id());
        assertThat(INDEX.search(p.approvalNumber().substring(4), SearchFilters.NONE, 5)
                        .products())
                .extracting(h -> h.product().id())
                .containsExactly(p.id());
        assertThat(INDEX.search(p.barcode(), SearchFilters.NONE, 5).products())
                .extracting(h -> h.product().id())
                .containsExactly(p.id());
        var insured = PRODUCTS.stream()
                .filter(x -> x.insuranceCode() != null)
                .findFirst()
                .orElseThrow();
        assertThat(INDEX.search(insured.insuranceCode(), SearchFilters.NONE, 5).products())
                .extracting(h -> h.product().id())
                .contains(insured.id());
        assertThat(INDEX.search("国药准字H99999999", SearchFilters.NONE, 5).products())
                .isEmpty();
    }

    @Test
    void segmentationSplitsNameAndFormAndFiltersApply() {
        var capsules = INDEX.search("布洛芬胶囊", SearchFilters.NONE, 20).products();
        assertThat(capsules).isNotEmpty().allSatisfy(h -> {
            assertThat(h.genericName()).isEqualTo("布洛芬");
            assertThat(h.product().form()).contains("胶囊");
        });
        var spaced = INDEX.search("阿莫西林 胶囊", SearchFilters.NONE, 20).products();
        assertThat(spaced).isNotEmpty().allSatisfy(h -> assertThat(h.product().form())
                .contains("胶囊"));
        var classA = INDEX.search("布洛芬", new SearchFilters("片", InsuranceClass.A), 20)
                .products();
        var classOfIbuprofen = PRODUCTS.stream()
                .filter(p -> p.genericId().equals("ibuprofen"))
                .findFirst()
                .orElseThrow()
                .insuranceClass();
        if (classOfIbuprofen == InsuranceClass.A) {
            assertThat(classA)
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.product().form()).contains("片"));
        } else {
            assertThat(classA).isEmpty();
        }
    }

    @Test
    void manufacturerSearchAndNoMatch() {
        String maker = PRODUCTS.get(7).manufacturer();
        assertThat(INDEX.search(maker, SearchFilters.NONE, 50).products())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.product().manufacturer()).isEqualTo(maker));
        assertThat(INDEX.search("zzzzqqq", SearchFilters.NONE, 10).products()).isEmpty();
        assertThat(INDEX.search("   ", SearchFilters.NONE, 10).products()).isEmpty();
    }

    @Test
    void mentionsInQuestions() {
        assertThat(INDEX.mentions("布洛芬和芬必得一起吃吗"))
                .extracting(SearchIndex.Mention::genericId)
                .containsExactly("ibuprofen");
        assertThat(INDEX.mentions("华法林跟阿司匹林能同时吃吗"))
                .extracting(SearchIndex.Mention::genericId)
                .containsExactly("warfarin", "aspirin");
        assertThat(INDEX.mentions("吃左氧氟沙星可以喝咖啡吗"))
                .extracting(SearchIndex.Mention::genericId)
                .containsExactly("levofloxacin");
        assertThat(INDEX.mentions("今天天气怎么样")).isEmpty();
    }
}
