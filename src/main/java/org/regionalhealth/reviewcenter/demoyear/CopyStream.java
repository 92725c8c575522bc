package org.regionalhealth.reviewcenter.demoyear;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One PostgreSQL {@code COPY … FROM STDIN} (text format) on the transaction's connection. The demo year writes about
 * 4.8 million prescriptions and as many review events: COPY is the only way to keep storage well under the 8,000
 * prescriptions per second the full-scale replay needs (batched multi-row INSERTs reach a third of that on the 2-core
 * machine), so it is used here and nowhere else; everything else stays JdbcClient.
 */
final class CopyStream {

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
    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            field(out, values[i], i == 0);
        }
        out.append('\n');
    }

    /** Copies prepared rows into {@code tableAndColumns}. */
    static void copy(Connection connection, String tableAndColumns, CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
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
        }
    }
}
