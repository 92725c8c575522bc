package org.regionalhealth.dataspace.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.DataspaceProperties;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue: datasets with their fields, data products on them. Reads need no scope: it holds no person. */
@Service
public class DataCatalogue {

    private final JdbcClient jdbc;
    private final DataspaceProperties properties;
    private final Clock clock;

    DataCatalogue(JdbcClient jdbc, DataspaceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public long datasetCount() {
        return jdbc.sql("select count(*) from dataspace_dataset")
                .query(Long.class)
                .single();
    }

    public long productCount() {
        return jdbc.sql("select count(*) from dataspace_product")
                .query(Long.class)
                .single();
    }

    /** Registers a dataset and its products (demo entries); a product's k is raised to the platform's k. */
    @Transactional
    public long register(NewDataset dataset) {
        for (var product : dataset.products()) {
            if (product.fields().stream().anyMatch(FieldKind::direct)) {
                throw PlatformException.invalid("DATASPACE_PRODUCT_DIRECT", "数据产品不能包含直接标识符：" + product.name());
            }
            if (!dataset.fields().containsAll(product.fields())) {
                throw PlatformException.invalid("DATASPACE_PRODUCT_FIELDS", "数据产品的字段必须属于其数据集：" + product.name());
            }
        }
        long id = jdbc.sql(
                        """
                        insert into dataspace_dataset (code, name, owner, description, category, classification,
                            frequency, cohort, quality_score, demo, registered_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?) returning id""")
                .params(
                        dataset.code(),
                        dataset.name(),
                        dataset.owner(),
                        dataset.description(),
                        dataset.category().name(),
                        dataset.classification().name(),
                        dataset.frequency().name(),
                        dataset.cohort() == null ? null : dataset.cohort().name(),
                        dataset.quality(),
                        LocalDate.now(clock))
                .query(Long.class)
                .single();
        int ordinal = 0;
        for (var field : dataset.fields()) {
            jdbc.sql("insert into dataspace_dataset_field (dataset_id, ordinal, kind) values (?, ?, ?)")
                    .params(id, ordinal++, field.name())
                    .update();
        }
        for (var product : dataset.products()) {
            jdbc.sql(
                            """
                            insert into dataspace_product (code, dataset_id, name, description, delivery, fields,
                                k_value, demo)
                            values (?, ?, ?, ?, ?, ?, ?, true)""")
                    .params(
                            product.code(),
                            id,
                            product.name(),
                            product.description(),
                            product.delivery().name(),
                            join(product.fields()),
                            Math.max(product.k(), properties.k()))
                    .update();
        }
        return id;
    }

    public PageResult<Dataset> datasets(@Nullable String q, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        String like = like(q);
        long total = jdbc.sql(
                        "select count(*) from dataspace_dataset where (cast(? as varchar) is null or name like ? or owner like ?)")
                .params(like, like, like)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        """
                        select * from dataspace_dataset where (cast(? as varchar) is null or name like ? or owner like ?)
                        order by code limit ? offset ?""")
                .params(like, like, like, bounded, (long) Math.max(page, 0) * bounded)
                .query((rs, n) -> dataset(rs))
                .list();
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    public Optional<Dataset> dataset(long id) {
        return jdbc.sql("select * from dataspace_dataset where id = ?")
                .param(id)
                .query((rs, n) -> dataset(rs))
                .optional();
    }

    public PageResult<Product> products(
            @Nullable String q, @Nullable Classification level, @Nullable Long datasetId, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        String like = like(q);
        String where =
                """
                 where (cast(? as varchar) is null or p.name like ? or d.name like ? or d.owner like ?)
                   and (cast(? as varchar) is null or d.classification = ?) and (?::bigint is null or p.dataset_id = ?)""";
        String levelName = level == null ? null : level.name();
        Object[] params = {like, like, like, like, levelName, levelName, datasetId, datasetId};
        long total = jdbc.sql("select count(*) from dataspace_product p join dataspace_dataset d on d.id = p.dataset_id"
                        + " " + where)
                .params(params)
                .query(Long.class)
                .single();
        var all = new ArrayList<>(Arrays.asList(params));
        all.add(bounded);
        all.add((long) Math.max(page, 0) * bounded);
        var rows = jdbc.sql(PRODUCT_SELECT + " " + where + " order by p.code limit ? offset ?")
                .params(all.toArray())
                .query((rs, n) -> productRow(rs))
                .list();
        return new PageResult<>(rows.stream().map(this::product).toList(), total, Math.max(page, 0), bounded);
    }

    public Optional<Product> product(long id) {
        return jdbc.sql(PRODUCT_SELECT + " where p.id = ?")
                .param(id)
                .query((rs, n) -> productRow(rs))
                .optional()
                .map(this::product);
    }

    public Optional<Product> productByCode(String code) {
        return jdbc.sql(PRODUCT_SELECT + " where p.code = ?")
                .param(code)
                .query((rs, n) -> productRow(rs))
                .optional()
                .map(this::product);
    }

    /** Five synthetic sample rows of a dataset as the catalogue shows them: direct identifiers removed, quasi-
     * identifiers at their minimum release level. */
    public List<List<String>> sample(Dataset dataset) {
        var rows = new ArrayList<List<String>>();
        for (int r = 0; r < 5; r++) {
            var row = new ArrayList<String>();
            for (var field : dataset.fields()) {
                String value = field.example(r + (int) dataset.id());
                row.add(
                        field.direct()
                                ? null
                                : field.hierarchy()
                                        .generalise(value, field.hierarchy().minimumRelease()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static final String PRODUCT_SELECT =
            """
            select p.*, d.name as dataset_name, d.classification, d.owner, d.cohort,
                   (select string_agg(f.kind, ',' order by f.ordinal) from dataspace_dataset_field f
                     where f.dataset_id = d.id) as dataset_fields
              from dataspace_product p join dataspace_dataset d on d.id = p.dataset_id""";

    private record ProductRow(Product product, @Nullable String cohort, List<FieldKind> datasetFields) {}

    private ProductRow productRow(ResultSet rs) throws SQLException {
        var product = new Product(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getLong("dataset_id"),
                rs.getString("dataset_name"),
                Classification.valueOf(rs.getString("classification")),
                rs.getString("owner"),
                rs.getString("name"),
                rs.getString("description"),
                Delivery.valueOf(rs.getString("delivery")),
                split(rs.getString("fields")),
                rs.getInt("k_value"),
                rs.getBoolean("demo"),
                false);
        return new ProductRow(product, rs.getString("cohort"), split(rs.getString("dataset_fields")));
    }

    private Product product(ProductRow row) {
        var p = row.product();
        boolean releasable =
                row.cohort() != null && row.datasetFields().stream().allMatch(f -> f.source() != null);
        return new Product(
                p.id(),
                p.code(),
                p.datasetId(),
                p.datasetName(),
                p.classification(),
                p.owner(),
                p.name(),
                p.description(),
                p.delivery(),
                p.fields(),
                p.k(),
                p.demo(),
                releasable);
    }

    private Dataset dataset(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        var fields = jdbc
                .sql("select kind from dataspace_dataset_field where dataset_id = ? order by ordinal")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .map(FieldKind::valueOf)
                .toList();
        String cohort = rs.getString("cohort");
        return new Dataset(
                id,
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("owner"),
                rs.getString("description"),
                DataCategory.valueOf(rs.getString("category")),
                Classification.valueOf(rs.getString("classification")),
                UpdateFrequency.valueOf(rs.getString("frequency")),
                cohort == null ? null : Cohort.valueOf(cohort),
                rs.getDouble("quality_score"),
                rs.getBoolean("demo"),
                rs.getObject("registered_on", LocalDate.class),
                fields);
    }

    public static String join(List<FieldKind> fields) {
        return String.join(",", fields.stream().map(Enum::name).toList());
    }

    public static List<FieldKind> split(@Nullable String fields) {
        if (fields == null || fields.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fields.split(",")).map(FieldKind::valueOf).toList();
    }

    private static @Nullable String like(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        return "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
