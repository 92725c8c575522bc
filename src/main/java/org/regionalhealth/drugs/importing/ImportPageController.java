package org.regionalhealth.drugs.importing;

import java.io.IOException;
import java.util.Set;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload page of the catalogue import and its progress display (htmx polls the progress fragment). */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN', 'MC_PHARMACIST')")
class ImportPageController {

    private final CatalogueImports imports;
    private final CurrentUsers users;

    ImportPageController(CatalogueImports imports, CurrentUsers users) {
        this.imports = imports;
        this.users = users;
    }

    @Bean
    static NavigationItem drugImportLink() {
        return new NavigationItem(
                "nav.drugImport",
                "/drugs/import",
                MenuSection.CLINICAL,
                Set.of(Role.DISTRICT_ADMIN, Role.MC_PHARMACIST));
    }

    @GetMapping("/drugs/import")
    String form(Model model) {
        model.addAttribute("columns", ProductRowValidator.COLUMNS);
        return "drugs/import";
    }

    @PostMapping("/drugs/import")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            var job = imports.start(file.getOriginalFilename(), file.getBytes(), users.require());
            return "redirect:/drugs/import/" + job.id();
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/drugs/import";
        }
    }

    @GetMapping("/drugs/import/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", find(id));
        return "drugs/import-job";
    }

    @GetMapping("/drugs/import/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", find(id));
        return "drugs/import-job :: progress";
    }

    private ImportJob find(long id) {
        return imports.job(id).orElseThrow(() -> PlatformException.notFound("DRUG_IMPORT_NOT_FOUND", "导入任务不存在：" + id));
    }
}
