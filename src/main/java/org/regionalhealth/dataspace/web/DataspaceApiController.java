package org.regionalhealth.dataspace.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.access.AccessRequest;
import org.regionalhealth.dataspace.access.AccessRequests;
import org.regionalhealth.dataspace.access.Contract;
import org.regionalhealth.dataspace.access.DataContracts;
import org.regionalhealth.dataspace.access.RequestForm;
import org.regionalhealth.dataspace.access.RequestState;
import org.regionalhealth.dataspace.catalogue.Classification;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.regionalhealth.dataspace.catalogue.Dataset;
import org.regionalhealth.dataspace.catalogue.FieldKind;
import org.regionalhealth.dataspace.catalogue.Product;
import org.regionalhealth.dataspace.release.DataReleases;
import org.regionalhealth.dataspace.release.QueryForm;
import org.regionalhealth.dataspace.release.QueryResult;
import org.regionalhealth.dataspace.release.ReleaseLog;
import org.regionalhealth.dataspace.release.UsageStatistics;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data space's JSON API: catalogue (DCAT-style), requests and decisions, contracts with their ODRL policy,
 * aggregate queries, CSV releases and usage statistics. Nothing here returns a direct identifier: the catalogue holds
 * none, requests name fields, and releases pass the de-identification and the gate.
 */
@RestController
@PreAuthorize("hasAnyRole('RESEARCHER', 'DATA_STEWARD', 'DISTRICT_ADMIN')")
class DataspaceApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataCatalogue catalogue;
    private final AccessRequests requests;
    private final DataContracts contracts;
    private final DataReleases releases;
    private final ReleaseLog releaseLog;
    private final UsageStatistics usage;
    private final CurrentUsers users;
    private final Labels labels;
    private final Clock clock;

    DataspaceApiController(
            DataCatalogue catalogue,
            AccessRequests requests,
            DataContracts contracts,
            DataReleases releases,
            ReleaseLog releaseLog,
            UsageStatistics usage,
            CurrentUsers users,
            Labels labels,
            Clock clock) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.contracts = contracts;
        this.releases = releases;
        this.releaseLog = releaseLog;
        this.usage = usage;
        this.users = users;
        this.labels = labels;
        this.clock = clock;
    }

    /** A field as the catalogue describes it. */
    record FieldView(String name, String label, String role, String roleLabel, String generalisation) {}

    private FieldView field(FieldKind kind) {
        return new FieldView(
                kind.name(),
                labels.of(kind),
                kind.role().name(),
                labels.of(kind.role()),
                kind.direct()
                        ? "移除"
                        : kind.hierarchy().describe(kind.hierarchy().minimumRelease()));
    }

    /** A dataset (dcat:Dataset) with its fields and, on its own page, synthetic sample rows. */
    record DatasetView(
            long id,
            String identifier,
            String title,
            String creator,
            String description,
            String category,
            String classification,
            String classificationLabel,
            String accrualPeriodicity,
            double qualityScore,
            boolean demo,
            boolean releasable,
            String issued,
            List<FieldView> fields,
            @Nullable List<List<String>> sample) {}

    private DatasetView dataset(Dataset d, boolean withSample) {
        return new DatasetView(
                d.id(),
                d.code(),
                d.name(),
                d.owner(),
                d.description(),
                labels.of(d.category()),
                d.classification().name(),
                labels.of(d.classification()),
                labels.of(d.frequency()),
                d.quality(),
                d.demo(),
                d.releasable(),
                d.registeredOn().toString(),
                d.fields().stream().map(this::field).toList(),
                withSample ? catalogue.sample(d) : null);
    }

    /** A data product with its offer (the ODRL Offer's terms a request can ask for). */
    record ProductView(
            long id,
            String identifier,
            String title,
            long datasetId,
            String dataset,
            String creator,
            String classification,
            String description,
            String delivery,
            int k,
            boolean demo,
            boolean releasable,
            List<FieldView> fields) {}

    private ProductView product(Product p) {
        return new ProductView(
                p.id(),
                p.code(),
                p.name(),
                p.datasetId(),
                p.datasetName(),
                p.owner(),
                labels.of(p.classification()),
                p.description(),
                p.delivery().name(),
                p.k(),
                p.demo(),
                p.releasable(),
                p.fields().stream().map(this::field).toList());
    }

    @GetMapping("/api/dataspace/datasets")
    PageResult<DatasetView> datasets(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return catalogue.datasets(q, page, size).map(d -> dataset(d, false));
    }

    @GetMapping("/api/dataspace/datasets/{id}")
    DatasetView dataset(@PathVariable long id) {
        return catalogue
                .dataset(id)
                .map(d -> dataset(d, true))
                .orElseThrow(() -> PlatformException.notFound("DATASPACE_DATASET_NOT_FOUND", "没有找到该数据集"));
    }

    @GetMapping("/api/dataspace/products")
    PageResult<ProductView> products(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Classification level,
            @RequestParam(required = false) @Nullable Long dataset,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return catalogue.products(q, level, dataset, page, size).map(this::product);
    }

    @GetMapping("/api/dataspace/products/{id}")
    ProductView product(@PathVariable long id) {
        return catalogue
                .product(id)
                .map(this::product)
                .orElseThrow(() -> PlatformException.notFound("DATASPACE_PRODUCT_NOT_FOUND", "没有找到该数据产品"));
    }

    @PostMapping("/api/dataspace/requests")
    @PreAuthorize("hasRole('RESEARCHER')")
    ResponseEntity<Map<String, Object>> submit(@RequestBody RequestForm form) {
        long id = requests.submit(form, users.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "state", "SUBMITTED"));
    }

    @GetMapping("/api/dataspace/requests")
    PageResult<AccessRequest> requests(
            @RequestParam(required = false) @Nullable RequestState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return requests.list(users.require(), state, page, size);
    }

    @GetMapping("/api/dataspace/requests/{id}")
    AccessRequest request(@PathVariable long id) {
        return requests.get(id, users.require());
    }

    /** A steward's decision. */
    record Decision(boolean approve, @Nullable String note) {}

    @PostMapping("/api/dataspace/requests/{id}/decision")
    @PreAuthorize("hasRole('DATA_STEWARD')")
    Map<String, Object> decide(@PathVariable long id, @RequestBody Decision decision) {
        Long contract = requests.decide(id, decision.approve(), decision.note(), users.require());
        var body = new LinkedHashMap<String, Object>();
        body.put("id", id);
        body.put("state", contract == null ? "REJECTED" : "APPROVED");
        if (contract != null) {
            body.put("contractId", contract);
        }
        return body;
    }

    /** A contract with its state now, and its policy as ODRL JSON. */
    record ContractView(
            long id,
            long requestId,
            String product,
            String productName,
            String holder,
            String approvedBy,
            String purpose,
            List<String> fields,
            String periodFrom,
            String periodTo,
            String recipient,
            String delivery,
            int k,
            int maxUses,
            int uses,
            String state,
            Instant startsAt,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable String revokeReason,
            JsonNode policy) {}

    private ContractView contract(Contract c) {
        return new ContractView(
                c.id(),
                c.requestId(),
                c.productCode(),
                c.productName(),
                c.holder(),
                c.approvedBy(),
                c.purpose().name(),
                c.fields().stream().map(Enum::name).toList(),
                c.periodFrom().toString(),
                c.periodTo().toString(),
                c.recipient(),
                c.delivery().name(),
                c.k(),
                c.maxUses(),
                c.uses(),
                c.stateAt(Instant.now(clock)).name(),
                c.startsAt(),
                c.expiresAt(),
                c.revokedAt(),
                c.revokeReason(),
                JSON.readTree(c.policy()));
    }

    @GetMapping("/api/dataspace/contracts")
    PageResult<ContractView> contracts(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return contracts.list(users.require(), page, size).map(this::contract);
    }

    @GetMapping("/api/dataspace/contracts/{id}")
    ContractView contract(@PathVariable long id) {
        return contract(contracts.get(id, users.require()));
    }

    /** Why a contract is revoked. */
    record Revocation(@Nullable String reason) {}

    @PostMapping("/api/dataspace/contracts/{id}/revoke")
    @PreAuthorize("hasRole('DATA_STEWARD')")
    ContractView revoke(@PathVariable long id, @RequestBody Revocation revocation) {
        contracts.revoke(id, revocation.reason(), users.require());
        return contract(contracts.get(id, users.require()));
    }

    @PostMapping("/api/dataspace/contracts/{id}/query")
    @PreAuthorize("hasRole('RESEARCHER')")
    QueryResult query(@PathVariable long id, @RequestBody QueryForm form) {
        return releases.query(id, form, users.require());
    }

    @PostMapping(value = "/api/dataspace/contracts/{id}/release")
    @PreAuthorize("hasRole('RESEARCHER')")
    ResponseEntity<byte[]> release(@PathVariable long id) {
        var file = releases.file(id, users.require());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("X-Release-Id", String.valueOf(file.releaseId()))
                .header("X-K-Anonymity", String.valueOf(file.smallest()))
                .body(file.csv());
    }

    @GetMapping("/api/dataspace/contracts/{id}/releases")
    PageResult<ReleaseLog.Entry> releases(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        contracts.get(id, users.require());
        return releaseLog.ofContract(id, page, size);
    }

    @GetMapping("/api/dataspace/usage")
    @PreAuthorize("hasAnyRole('DATA_STEWARD', 'DISTRICT_ADMIN')")
    Map<String, Object> usage(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return Map.of("totals", usage.totals(), "products", usage.perProduct(page, size));
    }
}
