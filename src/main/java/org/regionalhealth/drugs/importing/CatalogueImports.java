package org.regionalhealth.drugs.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.catalogue.CatalogueChanged;
import org.regionalhealth.drugs.catalogue.CatalogueProperties;
import org.regionalhealth.drugs.catalogue.Product;
import org.regionalhealth.drugs.catalogue.ProductStore;
import org.regionalhealth.platform.CsvRows;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a licensed product catalogue (CSV, or FHIR R4 {@code MedicationKnowledge} resources as a Bundle or NDJSON)
 * in the background, one import at a time: every row is validated first; if any row is invalid nothing is stored and
 * the first {@value ImportJob#MAX_REPORTED_ERRORS} problems are reported with their row numbers; otherwise all rows
 * are stored in one transaction (all or nothing) and the search index is rebuilt. The progress is polled by the
 * import page (htmx) or {@code GET /api/drugs/imports/{id}}.
 */
@Service
public class CatalogueImports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImports.class);
    static final java.util.Set<Role> IMPORTERS = java.util.EnumSet.of(Role.DISTRICT_ADMIN, Role.MC_PHARMACIST);

    private final ProductStore store;
    private final DrugKnowledge knowledge;
    private final CatalogueProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Map<Long, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "drug-catalogue-import");
        t.setDaemon(true);
        return t;
    });

    CatalogueImports(
            ProductStore store,
            DrugKnowledge knowledge,
            CatalogueProperties properties,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.store = store;
        this.knowledge = knowledge;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Starts an import of the file; returns at once with the job whose progress can be polled. */
    public ImportJob start(String fileName, byte[] content, CurrentUser user) {
        if (!IMPORTERS.contains(user.role())) {
            throw PlatformException.forbidden("DRUG_IMPORT_DENIED", "只有区级管理员和药师可以导入药品目录");
        }
        if (content == null || content.length == 0) {
            throw PlatformException.invalidField("DRUG_IMPORT_EMPTY", "file", "请选择要导入的文件");
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        String format = trimmed.startsWith("{") || trimmed.startsWith("[") ? "fhir" : "csv";
        long id = jdbc.sql(
                        """
                        insert into drugs_catalogue_import (file_name, format, rows_total, rows_imported, status,
                                                            imported_by)
                        values (?, ?, 0, 0, 'QUEUED', ?) returning id""")
                .params(name, format, user.username())
                .query(Long.class)
                .single();
        var job = new ImportJob(id, name, format);
        jobs.put(id, job);
        worker.submit(() -> run(job, text));
        return job;
    }

    public Optional<ImportJob> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(ImportJob job, String text) {
        try {
            List<Map<String, String>> rows =
                    job.format().equals("fhir") ? FhirMedicationKnowledge.rows(text) : csv(text);
            if (rows.size() > properties.maxImportRows()) {
                throw new IllegalArgumentException("文件超过" + properties.maxImportRows() + "行");
            }
            job.total(rows.size());
            job.phase(ImportJob.Phase.VALIDATING);
            var validator = new ProductRowValidator(knowledge.snapshot());
            var products = new ArrayList<Product>(rows.size());
            var barcodes = new HashMap<String, Integer>();
            for (int i = 0; i < rows.size(); i++) {
                int rowNumber = i + 2; // 1-based, after the header line
                var outcome = validator.validate(rows.get(i));
                if (outcome.product() == null) {
                    outcome.problems()
                            .forEach((field, problem) -> job.error("第" + rowNumber + "行 " + field + "：" + problem));
                } else {
                    Integer first = barcodes.putIfAbsent(outcome.product().barcode(), rowNumber);
                    if (first != null) {
                        job.error("第" + rowNumber + "行 barcode：与第" + first + "行条码重复");
                    } else {
                        products.add(outcome.product());
                    }
                }
                if (i % 1_000 == 0) {
                    job.validated(i + 1);
                }
            }
            job.validated(rows.size());
            var existing = new HashSet<String>();
            var codes = new ArrayList<>(barcodes.keySet());
            for (int from = 0; from < codes.size(); from += 5_000) {
                existing.addAll(store.existingBarcodes(codes.subList(from, Math.min(codes.size(), from + 5_000))));
            }
            for (String code : existing) {
                job.error("第" + barcodes.get(code) + "行 barcode：目录中已有该条码 " + code);
            }
            if (job.invalidRows() > 0 || rows.isEmpty()) {
                finish(
                        job,
                        ImportJob.Phase.FAILED,
                        rows.isEmpty() ? "文件中没有数据行" : "有" + job.invalidRows() + "处错误，未导入任何数据");
                return;
            }
            job.phase(ImportJob.Phase.STORING);
            transactions.executeWithoutResult(status -> store.insert(products, job.id(), n -> job.stored((int) n)));
            job.phase(ImportJob.Phase.INDEXING);
            events.publishEvent(new CatalogueChanged(products.size()));
            finish(job, ImportJob.Phase.DONE, "已导入" + products.size() + "个产品");
        } catch (IllegalArgumentException e) {
            finish(job, ImportJob.Phase.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            log.error("catalogue import {} failed", job.id(), e);
            finish(job, ImportJob.Phase.FAILED, "导入失败，未导入任何数据：" + e.getClass().getSimpleName());
        }
    }

    private void finish(ImportJob job, ImportJob.Phase phase, String message) {
        job.message(message);
        jdbc.sql(
                        """
                        update drugs_catalogue_import set status = ?, rows_total = ?, rows_imported = ?,
                               finished_at = now() where id = ?""")
                .params(phase.name(), job.total(), phase == ImportJob.Phase.DONE ? job.total() : 0, job.id())
                .update();
        job.phase(phase);
        log.info("catalogue import {} ({}): {}", job.id(), job.fileName(), message);
    }

    static List<Map<String, String>> csv(String text) {
        var records = CsvRows.parse(text);
        if (records.isEmpty()) {
            return List.of();
        }
        var header = records.get(0).stream().map(h -> h.strip().toLowerCase()).toList();
        var missing = ProductRowValidator.missingColumns(header);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("表头缺少列：" + String.join(", ", missing) + "（列见 docs/drug-information.md）");
        }
        var rows = new ArrayList<Map<String, String>>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            var r = records.get(i);
            var row = new LinkedHashMap<String, String>();
            for (int c = 0; c < header.size() && c < r.size(); c++) {
                row.put(header.get(c), r.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
