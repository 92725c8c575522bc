package org.regionalhealth.drugs.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/drugs/imports")
@Tag(name = "药品信息 Drug information")
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN', 'MC_PHARMACIST')")
class ImportApiController {

    private final CatalogueImports imports;
    private final CurrentUsers users;

    ImportApiController(CatalogueImports imports, CurrentUsers users) {
        this.imports = imports;
        this.users = users;
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(
            summary = "Start importing a product catalogue (CSV or FHIR MedicationKnowledge JSON/NDJSON); 202 with the"
                    + " import whose progress GET /api/drugs/imports/{id} reports. All rows are stored or none.")
    ResponseEntity<ImportView> start(@RequestParam("file") MultipartFile file) {
        try {
            var job = imports.start(file.getOriginalFilename(), file.getBytes(), users.require());
            return ResponseEntity.accepted()
                    .location(URI.create("/api/drugs/imports/" + job.id()))
                    .body(ImportView.of(job));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress of an import started since the last restart: phase, rows validated/stored, errors")
    ImportView progress(@PathVariable long id) {
        return imports.job(id)
                .map(ImportView::of)
                .orElseThrow(() -> PlatformException.notFound("DRUG_IMPORT_NOT_FOUND", "导入任务不存在：" + id));
    }
}
