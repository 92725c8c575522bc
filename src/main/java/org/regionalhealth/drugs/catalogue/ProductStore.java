package org.regionalhealth.drugs.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The product catalogue in PostgreSQL: the record of truth the in-memory search index is built from. */
@Repository
public class ProductStore {

    private static final String COLUMNS = "id, generic_id, name, brand, manufacturer, approval_number, insurance_code,"
            + " insurance_class, form, strength, package_spec, barcode, generated";
    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ProductStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long count() {
        return jdbc.sql("select count(*) from drugs_product").query(Long.class).single();
    }

    /** Inserts the products in batches (the caller's transaction makes it all or nothing). */
    public void insert(List<Product> products, Long importId, LongConsumer progress) {
        for (int from = 0; from < products.size(); from += BATCH) {
            var chunk = products.subList(from, Math.min(products.size(), from + BATCH));
            var args = new ArrayList<Object[]>(chunk.size());
            for (var p : chunk) {
                args.add(new Object[] {
                    p.genericId(),
                    p.name(),
                    p.brand(),
                    p.manufacturer(),
                    p.approvalNumber(),
                    p.insuranceCode(),
                    p.insuranceClass() == null ? null : p.insuranceClass().name(),
                    p.form(),
                    p.strength(),
                    p.packageSpec(),
                    p.barcode(),
                    p.generated(),
                    importId
                });
            }
            template.batchUpdate(
                    "insert into drugs_product (generic_id, name, brand, manufacturer, approval_number, insurance_code,"
                            + " insurance_class, form, strength, package_spec, barcode, generated, import_id)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    args);
            progress.accept(from + chunk.size());
        }
    }

    /** Streams every product in id order (index build). */
    public void forEach(Consumer<Product> consumer) {
        template.query("select " + COLUMNS + " from drugs_product order by id", rs -> {
            consumer.accept(product(rs, 0));
        });
    }

    public Optional<Product> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from drugs_product where id = ?")
                .param(id)
                .query(ProductStore::product)
                .optional();
    }

    /** Barcodes already in the catalogue among these (import validation). */
    public List<String> existingBarcodes(List<String> barcodes) {
        if (barcodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select barcode from drugs_product where barcode = any(?)")
                .param(barcodes.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    static Product product(ResultSet rs, int row) throws SQLException {
        String insurance = rs.getString("insurance_class");
        return new Product(
                rs.getLong("id"),
                rs.getString("generic_id"),
                rs.getString("name"),
                rs.getString("brand"),
                rs.getString("manufacturer"),
                rs.getString("approval_number"),
                rs.getString("insurance_code"),
                insurance == null ? null : InsuranceClass.valueOf(insurance),
                rs.getString("form"),
                rs.getString("strength"),
                rs.getString("package_spec"),
                rs.getString("barcode"),
                rs.getBoolean("generated"));
    }
}
