package org.regionalhealth.reviewcenter.submission;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One PostgreSQL {@code COPY … FROM STDIN} (text format) on the transaction's connection, for the owners of the review
 * tables ({@link PrescriptionStore}, {@code workbench.ReviewLedger}). The demo year writes about 4.8 million
 * prescriptions and as many review events: COPY is the only way to keep storage well under the 8,000 prescriptions per
 * second the full-scale replay needs (batched multi-row INSERTs reach a third of that on the 2-core machine). An owner
 * builds a row from the same value list its single-row INSERT binds ({@link #jdbc(List)}), so the two paths cannot
 * drift apart.
 */
public final class CopyStream {

    private CopyStream() {}

    /** Appends one field, escaped for the text format; {@code null} becomes {@code \N}. */
    static void field(StringBuilder row, Object value, boolean first) {
        if (!first) {
            row.append('\t');
        }
        if (value == null) {
            row.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    /** Appends a whole row. */
    public static void row(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            field(out, values.get(i), i == 0);
        }
        out.append('\n');
    }

    /** The same values bound as JDBC parameters: instants as timestamps (COPY takes their ISO text). */
    public static List<Object> jdbc(List<?> values) {
        List<Object> bound = new ArrayList<>(values.size());
        for (Object v : values) {
            bound.add(v instanceof Instant i ? Timestamp.from(i) : v);
        }
        return bound;
    }

    /** Copies prepared rows into {@code tableAndColumns}, on the connection of the current transaction. */
    public static void copy(DataSource dataSource, String tableAndColumns, CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn in = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin with (format text)");
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY " + tableAndColumns + ": " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
