package org.regionalhealth.residents.index;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.regionalhealth.residents.ChineseNames;
import org.regionalhealth.residents.ResidentBulkLoad;
import org.regionalhealth.residents.ResidentIdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CopyResidentLoader implements ResidentBulkLoad {

    private static final int CHUNK = 10_000;

    private final DataSource dataSource;

    CopyResidentLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public long load(Iterator<Row> rows, LongConsumer progress) {
        // the transaction's own connection, so the COPY commits or rolls back with the caller's work
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            // a bulk load is redone from its source when it is lost: it alone may skip the wait for the WAL flush
            // (the server runs with fsync and synchronous_commit on; docs/security.md)
            try (var statement = connection.createStatement()) {
                statement.execute("set local synchronous_commit = off");
            }
            var copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            """
                            copy residents_resident (id_number, name, name_pinyin, name_initials, sex, birth_date,
                                                     phone, division_code, unit_id, unit_path, address)
                            from stdin with (format text)""");
            long written = 0;
            var buffer = new StringBuilder(CHUNK * 160);
            while (rows.hasNext()) {
                append(buffer, rows.next());
                written++;
                if (written % CHUNK == 0) {
                    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    buffer.setLength(0);
                    progress.accept(written);
                }
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            // fresh statistics, or the planner guesses on a table that just grew by millions of rows
            try (var statement = connection.createStatement()) {
                statement.execute("analyze residents_resident");
            }
            progress.accept(written);
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of residents failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    public Optional<Long> idOf(ResidentIdNumber idNumber) {
        return JdbcClient.create(dataSource)
                .sql("select id from residents_resident where id_number = ?")
                .param(idNumber.value())
                .query(Long.class)
                .optional();
    }

    private static void append(StringBuilder out, Row row) {
        var id = row.idNumber();
        out.append(id.value())
                .append('\t')
                .append(clean(row.name()))
                .append('\t')
                .append(ChineseNames.pinyin(row.name()))
                .append('\t')
                .append(ChineseNames.initials(row.name()))
                .append('\t')
                .append(id.sex().code())
                .append('\t')
                .append(id.birthDate())
                .append('\t')
                .append(row.phone() == null ? "\\N" : clean(row.phone()))
                .append('\t')
                .append(row.villageCode())
                .append('\t')
                .append(row.unitId())
                .append('\t')
                .append(row.unitPath())
                .append('\t')
                .append(row.address() == null ? "\\N" : clean(row.address()))
                .append('\n');
    }

    /** COPY text format: tabs, newlines and backslashes would break the row. */
    private static String clean(String value) {
        return value.replace("\\", "").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }
}
