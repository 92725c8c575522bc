package org.regionalhealth.drugs.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.drugs.ask.DrugAssistant;
import org.regionalhealth.drugs.mymedicines.PersonalMedicines;
import org.regionalhealth.drugs.search.DrugCatalogue;
import org.regionalhealth.drugs.search.ProductView;
import org.regionalhealth.drugs.search.SearchRequests;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drug information pages (AI数智人药师): mobile-first search and questions for residents, the product page with
 * label sections, "my medicines" with an interaction check, and for clinical staff the knowledge-base details behind
 * every answer (origin, review status, full citation).
 */
@Controller
class DrugPageController {

    /** Roles shown the knowledge-base provenance (pharmacists first; clinicians and administrators too). */
    static final Set<Role> PROFESSIONALS =
            EnumSet.of(Role.MC_PHARMACIST, Role.DISTRICT_ADMIN, Role.HOSPITAL_DOCTOR, Role.STATION_DOCTOR);

    private final DrugCatalogue catalogue;
    private final DrugAssistant assistant;
    private final PersonalMedicines medicines;
    private final CurrentUsers users;

    DrugPageController(
            DrugCatalogue catalogue, DrugAssistant assistant, PersonalMedicines medicines, CurrentUsers users) {
        this.catalogue = catalogue;
        this.assistant = assistant;
        this.medicines = medicines;
        this.users = users;
    }

    @Bean
    static NavigationItem drugsLink() {
        return new NavigationItem("nav.drugs", "/drugs", MenuSection.CLINICAL, Set.of());
    }

    @Bean
    static NavigationItem myMedicinesLink() {
        return new NavigationItem("nav.myMedicines", "/drugs/my", MenuSection.RESIDENT_SERVICES, Set.of(Role.RESIDENT));
    }

    @Bean
    static NavigationItem drugSourcesLink() {
        return new NavigationItem(
                "nav.drugSources",
                "/drugs/sources",
                MenuSection.CLINICAL,
                Set.of(Role.MC_PHARMACIST, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/drugs")
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String form,
            @RequestParam(required = false) @Nullable String insurance,
            @RequestParam(required = false) @Nullable String ask,
            Model model) {
        var user = users.require();
        model.addAttribute("professional", PROFESSIONALS.contains(user.role()));
        model.addAttribute("q", q);
        model.addAttribute("form", form);
        model.addAttribute("insurance", insurance);
        model.addAttribute("ask", ask);
        model.addAttribute("pharmacistPhone", assistant.pharmacistPhone());
        if (q != null && !q.isBlank()) {
            try {
                var result =
                        catalogue.index().search(SearchRequests.query(q), SearchRequests.filters(form, insurance), 30);
                model.addAttribute("generics", result.generics());
                model.addAttribute(
                        "products",
                        result.products().stream().map(ProductView::of).toList());
            } catch (PlatformException e) {
                model.addAttribute("searchError", e.getMessage());
            }
        }
        if (ask != null && !ask.isBlank()) {
            try {
                model.addAttribute("answer", assistant.ask(ask));
            } catch (PlatformException e) {
                model.addAttribute("askError", e.getMessage());
            }
        }
        return "drugs/index";
    }

    @GetMapping("/drugs/products/{id}")
    String product(@PathVariable long id, Model model) {
        var user = users.require();
        var state = catalogue.state();
        var p = state.index()
                .product(id)
                .orElseThrow(() -> PlatformException.notFound("DRUG_PRODUCT_NOT_FOUND", "药品不存在：" + id));
        var kb = state.labels().knowledge();
        var generic = kb.generic(p.genericId()).orElse(null);
        var sources = new LinkedHashMap<String, org.regionalhealth.drugs.Source>();
        var sections = state.labels().sections(p.genericId());
        sections.forEach(s -> s.sources().forEach(sid -> kb.source(sid).ifPresent(src -> sources.put(sid, src))));
        model.addAttribute("professional", PROFESSIONALS.contains(user.role()));
        model.addAttribute("resident", user.role() == Role.RESIDENT);
        model.addAttribute(
                "product", ProductView.of(p, generic == null ? p.genericId() : generic.nameZh(), null, null));
        model.addAttribute("generic", generic);
        model.addAttribute("sections", sections);
        model.addAttribute("sources", sources);
        model.addAttribute("kbVersion", kb.version().version());
        model.addAttribute("others", state.index().productsOf(p.genericId(), 8));
        return "drugs/product";
    }

    @GetMapping("/drugs/my")
    String my(Model model) {
        var user = requireResident();
        model.addAttribute("review", medicines.review(user));
        return "drugs/my";
    }

    @PostMapping("/drugs/my")
    String add(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable Long productId,
            RedirectAttributes redirect) {
        var user = requireResident();
        try {
            redirect.addFlashAttribute("added", medicines.add(user, name, productId));
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/drugs/my";
    }

    @PostMapping("/drugs/my/{entry}/delete")
    String remove(@PathVariable long entry, RedirectAttributes redirect) {
        var user = requireResident();
        try {
            medicines.remove(user, entry);
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/drugs/my";
    }

    @GetMapping("/drugs/sources")
    String sources(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = users.require();
        if (!PROFESSIONALS.contains(user.role())) {
            throw PlatformException.forbidden("DRUG_SOURCES_DENIED", "知识库来源页面仅供药师和医务人员使用");
        }
        var state = catalogue.state();
        var kb = state.labels().knowledge();
        model.addAttribute("kbVersion", kb.version());
        model.addAttribute("sources", sourcePage(kb.sources(), page));
        model.addAttribute("generics", kb.generics().size());
        model.addAttribute("interactions", kb.interactions().size());
        model.addAttribute("writtenGenerics", state.labels().writtenGenerics().size());
        model.addAttribute("writtenSections", state.labels().writtenSectionCount());
        model.addAttribute("products", state.index().size());
        model.addAttribute("dictionary", state.index().dictionarySize());
        return "drugs/sources";
    }

    /**
     * One page of the knowledge base's sources: regulations, catalogues, pharmacopoeia and guidelines first, then
     * literature, then the several hundred labels; in each kind by id, so a page is stable between requests.
     */
    static org.regionalhealth.platform.PageResult<org.regionalhealth.drugs.Source> sourcePage(
            java.util.Collection<org.regionalhealth.drugs.Source> all, int page) {
        var sorted = all.stream()
                .sorted(java.util.Comparator.comparingInt((org.regionalhealth.drugs.Source s) -> kindOrder(s.kind()))
                        .thenComparing(org.regionalhealth.drugs.Source::id))
                .toList();
        int size = SOURCES_PAGE_SIZE;
        int last = Math.max(0, (sorted.size() - 1) / size);
        int current = Math.min(Math.max(page, 0), last);
        int from = current * size;
        return new org.regionalhealth.platform.PageResult<>(
                sorted.subList(from, Math.min(sorted.size(), from + size)), sorted.size(), current, size);
    }

    static final int SOURCES_PAGE_SIZE = 30;

    private static final List<String> KIND_ORDER =
            List.of("regulation", "catalogue", "pharmacopoeia", "guideline", "literature", "label");

    private static int kindOrder(String kind) {
        int i = KIND_ORDER.indexOf(kind);
        return i < 0 ? KIND_ORDER.size() : i;
    }

    private CurrentUser requireResident() {
        var user = users.require();
        if (user.scope().residentId().isEmpty()) {
            throw PlatformException.forbidden("MY_MEDICINES_RESIDENTS_ONLY", "“我的药品”仅供居民本人使用");
        }
        return user;
    }
}
