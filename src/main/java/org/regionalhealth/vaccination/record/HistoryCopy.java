package org.regionalhealth.vaccination.record;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.regionalhealth.vaccination.people.Person;
import org.regionalhealth.vaccination.schedule.GivenDose;

/**
 * Histories taken over in bulk (the demo district, or a provincial export): rows streamed into
 * {@code vaccination_record} with PostgreSQL {@code COPY … FROM STDIN} on the transaction's connection, in chunks of
 * about a megabyte, so the full district's millions of doses load in seconds instead of the minutes that row-by-row
 * inserts take. Obtained from {@link VaccinationRecords#bulkHistory()} inside a transaction; close it before commit.
 */
public final class HistoryCopy implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;

    HistoryCopy(Connection connection) {
        try {
            this.copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            """
                            copy vaccination_record (resident_id, resident_path, division_code, product, given_on,
                              clinic_id, origin) from stdin with (format text)""");
        } catch (SQLException e) {
            throw new IllegalStateException("COPY vaccination_record: " + e.getMessage(), e);
        }
    }

    /** Adds a person's doses (origin HISTORY). */
    public void add(Person person, List<GivenDose> doses, @Nullable Long clinicId) {
        for (var d : doses) {
            buffer.append(person.id())
                    .append('\t')
                    .append(clean(person.unitPath()))
                    .append('\t')
                    .append(clean(person.divisionCode()))
                    .append('\t')
                    .append(clean(d.product()))
                    .append('\t')
                    .append(d.date())
                    .append('\t')
                    .append(clinicId == null ? "\\N" : clinicId.toString())
                    .append("\tHISTORY\n");
            rows++;
        }
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace("\\", "");
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY vaccination_record failed: " + e.getMessage(), e);
        }
        buffer.setLength(0);
    }

    @Override
    public void close() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY vaccination_record failed: " + e.getMessage(), e);
        }
    }
}
