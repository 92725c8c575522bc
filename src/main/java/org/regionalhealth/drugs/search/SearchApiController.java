package org.regionalhealth.drugs.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.regionalhealth.drugs.labels.SectionText;
import org.regionalhealth.platform.PlatformException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/drugs")
@Tag(name = "药品信息 Drug information")
class SearchApiController {

    /** A search answer: matched generics and ranked products. */
    record SearchResponse(String query, List<SearchResult.GenericMatch> generics, List<ProductView> products) {}

    /** A product with its generic's label sections. */
    record ProductDetail(ProductView product, List<SectionText> label, String knowledgeBaseVersion) {}

    private final DrugCatalogue catalogue;

    SearchApiController(DrugCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/search")
    @Operation(
            summary = "Ranked products for a Chinese name, brand, pinyin, initials (amxl), typo, approval number or"
                    + " barcode; optional filters form (剂型) and insurance (甲/乙/丙)")
    SearchResponse search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String insurance,
            @RequestParam(defaultValue = "20") int limit) {
        var result = catalogue
                .index()
                .search(SearchRequests.query(q), SearchRequests.filters(form, insurance), SearchRequests.limit(limit));
        return new SearchResponse(
                result.query(),
                result.generics(),
                result.products().stream().map(ProductView::of).toList());
    }

    @GetMapping("/products/{id}")
    @Operation(summary = "One product with the label sections of its generic and their sources")
    ProductDetail product(@PathVariable long id) {
        var state = catalogue.state();
        var p = state.index()
                .product(id)
                .orElseThrow(() -> PlatformException.notFound("DRUG_PRODUCT_NOT_FOUND", "药品不存在：" + id));
        var kb = state.labels().knowledge();
        String genericName = kb.generic(p.genericId()).map(g -> g.nameZh()).orElse(p.genericId());
        return new ProductDetail(
                ProductView.of(p, genericName, null, null),
                state.labels().sections(p.genericId()),
                kb.version().version());
    }
}
