package org.regionalhealth.org.tree;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads Xiaoshan's divisions (NBS 2023 codes, {@code org/data/xiaoshan-divisions-2023.csv}) and the root unit, the
 * district health commission, once into an empty database. Reference data, needed in production as in the demo.
 */
@Component
class DivisionCatalog {

    static final String ROOT_CODE = "330109-WJJ";
    private static final Logger log = LoggerFactory.getLogger(DivisionCatalog.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DivisionCatalog(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        load();
    }

    private void load() {
        transactions.executeWithoutResult(status -> {
            boolean empty = jdbc.sql("select not exists(select 1 from org_division)")
                    .query(Boolean.class)
                    .single();
            if (empty) {
                var positions = positions();
                var rows = read("org/data/xiaoshan-divisions-2023.csv");
                for (String[] row : rows) {
                    double[] at = positions.get(row[1]);
                    jdbc.sql("insert into org_division (code, name, level, parent_code, lat, lng) values (?,?,?,?,?,?)")
                            .params(
                                    row[1],
                                    row[2],
                                    row[0],
                                    row[3],
                                    at == null ? null : at[0],
                                    at == null ? null : at[1])
                            .update();
                }
                log.info("Loaded {} administrative divisions of Xiaoshan", rows.size());
            }
            jdbc.sql(
                            """
                            insert into org_unit (code, name, type, parent_id, path, division_code, lat, lng)
                            select ?, '杭州市萧山区卫生健康局', 'HEALTH_COMMISSION', null, '/', '330109', 30.1633, 120.2643
                             where not exists (select 1 from org_unit where parent_id is null)""")
                    .param(ROOT_CODE)
                    .update();
            jdbc.sql("update org_unit set path = '/' || id || '/' where parent_id is null and path = '/'")
                    .update();
        });
    }

    private static Map<String, double[]> positions() {
        var positions = new HashMap<String, double[]>();
        for (String[] row : read("org/data/town-positions.csv")) {
            positions.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
        }
        return positions;
    }

    private static List<String[]> read(String resource) {
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            var rows = new ArrayList<String[]>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("reference data missing: " + resource, e);
        }
    }
}
