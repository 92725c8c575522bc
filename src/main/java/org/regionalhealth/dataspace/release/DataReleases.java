package org.regionalhealth.dataspace.release;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.regionalhealth.dataspace.DataReleased;
import org.regionalhealth.dataspace.DataspaceProperties;
import org.regionalhealth.dataspace.access.Contract;
import org.regionalhealth.dataspace.access.DataContracts;
import org.regionalhealth.dataspace.catalogue.Cohort;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.dataspace.catalogue.FieldKind;
import org.regionalhealth.dataspace.privacy.Aggregates;
import org.regionalhealth.dataspace.privacy.Deidentifier;
import org.regionalhealth.dataspace.privacy.FieldRole;
import org.regionalhealth.dataspace.privacy.KAnonymityGate;
import org.regionalhealth.dataspace.privacy.LaplaceNoise;
import org.regionalhealth.dataspace.source.SubjectSource;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only ways data leave the space, both under a contract checked first and counted atomically last: an aggregate
 * query computed inside (small cells suppressed, optional Laplace noise) and a de-identified CSV file that passed the
 * k-anonymity gate. There is no other export: no endpoint reads the source's direct identifiers.
 */
@Service
public class DataReleases {

    /** Numeric fields a query may average. */
    static final List<FieldKind> MEASURES =
            List.of(FieldKind.SBP, FieldKind.DBP, FieldKind.FASTING_GLUCOSE, FieldKind.HBA1C, FieldKind.BMI);

    private final DataContracts contracts;
    private final DataCatalogue catalogue;
    private final SubjectSource source;
    private final ReleaseLog log;
    private final DataspaceProperties properties;
    private final Labels labels;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DataReleases(
            DataContracts contracts,
            DataCatalogue catalogue,
            SubjectSource source,
            ReleaseLog log,
            DataspaceProperties properties,
            Labels labels,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.catalogue = catalogue;
        this.source = source;
        this.log = log;
        this.properties = properties;
        this.labels = labels;
        this.events = events;
        this.clock = clock;
    }

    /** The fields of a contract a query may group by: quasi-identifiers and the diagnosis. */
    public static List<FieldKind> dimensionsOf(Contract contract) {
        return contract.fields().stream()
                .filter(f -> f.role() == FieldRole.QUASI_IDENTIFIER || f == FieldKind.DIAGNOSIS)
                .toList();
    }

    public static List<FieldKind> measuresOf(Contract contract) {
        return contract.fields().stream().filter(MEASURES::contains).toList();
    }

    /** How coarse a dimension is in a query: age in 10-year bands, birth in decades, places by town, dates by year. */
    static int queryLevel(FieldKind field) {
        return switch (field.hierarchy()) {
            case AGE -> 2;
            case BIRTH_DATE -> 3;
            case ADDRESS -> 1;
            case DATE -> 2;
            default -> 0;
        };
    }

    /**
     * Answers an aggregate query.
     *
     * @throws PlatformException 400 for bad dimensions or measure; the contract's refusals
     */
    @Transactional
    public QueryResult query(long contractId, QueryForm form, CurrentUser user) {
        var contract = contracts.requireUsable(contractId, user, Delivery.QUERY);
        var allowed = dimensionsOf(contract);
        var dimensions = new ArrayList<FieldKind>();
        var errors = new LinkedHashMap<String, String>();
        if (form.dimensions() == null
                || form.dimensions().isEmpty()
                || form.dimensions().size() > 2) {
            errors.put("dimensions", "请选择一到两个分组字段");
        } else {
            for (String name : form.dimensions()) {
                var field = parse(name);
                if (field == null || !allowed.contains(field)) {
                    errors.put("dimensions", "分组字段须为合约中的准标识符或诊断");
                } else if (!dimensions.contains(field)) {
                    dimensions.add(field);
                }
            }
        }
        FieldKind measure = null;
        if (form.measure() != null && !form.measure().isBlank()) {
            measure = parse(form.measure());
            if (measure == null || !measuresOf(contract).contains(measure)) {
                errors.put("measure", "统计指标须为合约中的数值字段");
            }
        }
        if (!errors.isEmpty()) {
            throw new org.regionalhealth.platform.PlatformException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "DATASPACE_QUERY_INVALID",
                    String.join("；", errors.values()),
                    errors);
        }
        var fields = new ArrayList<>(dimensions);
        if (measure != null) {
            fields.add(measure);
        }
        var raw = source.read(cohortOf(contract), fields, contract.periodFrom(), contract.periodTo(), false);
        int[] levels = fields.stream()
                .mapToInt(f -> f.role() == FieldRole.QUASI_IDENTIFIER ? queryLevel(f) : 0)
                .toArray();
        var rows = Deidentifier.generalise(raw, levels);
        int[] dimensionIndexes =
                java.util.stream.IntStream.range(0, dimensions.size()).toArray();
        var noise = Boolean.TRUE.equals(form.noise()) ? new LaplaceNoise(properties.epsilon(), random) : null;
        var cells = Aggregates.compute(
                rows, dimensionIndexes, measure == null ? -1 : dimensions.size(), properties.smallCell(), noise);
        int suppressed =
                (int) cells.stream().filter(Aggregates.Cell::suppressed).count();
        contracts.consume(contractId, user, Delivery.QUERY);
        var headers = dimensions.stream().map(labels::zh).toList();
        String detail = "分组：" + String.join("、", headers)
                + (measure == null ? "" : "；均值：" + labels.zh(measure))
                + "；小格抑制阈值 " + properties.smallCell() + "，抑制 " + suppressed + " 格"
                + (noise == null ? "" : "；计数加拉普拉斯噪声 ε = " + properties.epsilon());
        long releaseId = log.released(
                contract,
                user.username(),
                "QUERY",
                cells.size(),
                suppressed,
                0,
                noise == null ? null : properties.epsilon(),
                detail);
        events.publishEvent(new DataReleased(
                releaseId,
                contract.id(),
                contract.productCode(),
                "QUERY",
                cells.size(),
                contract.k(),
                Instant.now(clock)));
        return new QueryResult(
                releaseId,
                headers,
                measure == null ? null : labels.zh(measure),
                cells,
                suppressed,
                noise == null ? null : properties.epsilon(),
                properties.smallCell(),
                contract.usesLeft() - 1);
    }

    /**
     * DataReleases the contract's fields as a de-identified CSV: consented rows of the data period, direct identifiers
     * removed, quasi-identifiers generalised until the contract's k holds, the gate last.
     *
     * @throws PlatformException 422 when the gate refuses (recorded as a refusal); the contract's refusals
     */
    @Transactional
    public FileRelease file(long contractId, CurrentUser user) {
        var contract = contracts.requireUsable(contractId, user, Delivery.FILE);
        var fields = contract.fields().stream().filter(f -> !f.direct()).toList();
        var raw = source.read(cohortOf(contract), fields, contract.periodFrom(), contract.periodTo(), true);
        var released = Deidentifier.deidentify(raw, contract.k(), properties.maxSuppression());
        try {
            KAnonymityGate.check(released.columns(), released.rows(), contract.k());
        } catch (PlatformException refused) {
            log.refused(contract, user.username(), "FILE", released.smallest(), refused.getMessage());
            throw refused;
        }
        contracts.consume(contractId, user, Delivery.FILE);
        var levels = new LinkedHashMap<String, String>();
        for (var column : released.columns()) {
            if (column.quasi()) {
                levels.put(
                        column.label(),
                        column.hierarchy().describe(released.levels().get(column.key())));
            }
        }
        String detail = "k = " + contract.k() + "，最小等价组 " + released.smallest() + " 条，等价组 " + released.groups()
                + " 个，抑制 " + released.suppressed() + " 条；"
                + levels.entrySet().stream()
                        .map(e -> e.getKey() + "：" + e.getValue())
                        .collect(Collectors.joining("，"));
        long releaseId = log.released(
                contract,
                user.username(),
                "FILE",
                released.rows().size(),
                released.suppressed(),
                released.smallest(),
                null,
                detail);
        events.publishEvent(new DataReleased(
                releaseId,
                contract.id(),
                contract.productCode(),
                "FILE",
                released.rows().size(),
                contract.k(),
                Instant.now(clock)));
        var headers = released.columns().stream().map(c -> c.label()).toList();
        String fileName = "可信数据空间-" + contract.productName() + "-合约" + contract.id() + "-发布" + releaseId + ".csv";
        return new FileRelease(
                releaseId,
                fileName,
                csv(headers, released.rows()),
                released.rows().size(),
                released.suppressed(),
                released.smallest(),
                contract.k(),
                headers,
                levels);
    }

    private Cohort cohortOf(Contract contract) {
        var product = catalogue.product(contract.productId()).orElseThrow();
        var cohort = catalogue.dataset(product.datasetId()).orElseThrow().cohort();
        if (cohort == null) {
            throw PlatformException.conflict("DATASPACE_NOT_RELEASABLE", "该数据产品为目录演示条目，暂无可交付的数据");
        }
        return cohort;
    }

    private static FieldKind parse(String name) {
        try {
            return FieldKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static byte[] csv(List<String> headers, List<String[]> rows) {
        var out = new ByteArrayOutputStream();
        var text = new StringBuilder("\uFEFF");
        text.append(headers.stream().map(DataReleases::cell).collect(Collectors.joining(",")))
                .append("\r\n");
        for (var row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(cell(row[i]));
            }
            text.append("\r\n");
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would be a formula in a spreadsheet (CSV injection)
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
