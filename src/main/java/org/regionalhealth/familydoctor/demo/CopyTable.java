package org.regionalhealth.familydoctor.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL {@code COPY … FROM STDIN} (text format) on the transaction's connection,
 * buffered in chunks: the demo's millions of follow-ups load in seconds, not the minutes row-by-row inserts take.
 */
final class CopyTable implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;

    CopyTable(Connection connection, String tableAndColumns) {
        try {
            this.copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin with (format text)");
        } catch (SQLException e) {
            throw new IllegalStateException("COPY " + tableAndColumns + ": " + e.getMessage(), e);
        }
    }

    /** Writes one row; {@code null} becomes SQL NULL. Values must not contain tabs, newlines or backslashes. */
    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            buffer.append(values[i] == null ? "\\N" : values[i].toString());
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
        buffer.setLength(0);
    }

    @Override
    public void close() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }
}
