package org.regionalhealth.reviewcenter.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.Sha256;
import org.regionalhealth.reviewcenter.workbench.ReviewState;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored prescriptions, their findings per revision and the regional medication history rows: the one writer of
 * {@code prescriptionreview_prescription}'s screening columns and of {@code prescriptionreview_finding}, row by row for
 * submissions and in bulk ({@link Batch}, COPY) for the demo year.
 */
@Component
public class PrescriptionStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DataSource dataSource;

    PrescriptionStore(JdbcClient jdbc, JsonMapper json, DataSource dataSource) {
        this.jdbc = jdbc;
        this.json = json;
        this.dataSource = dataSource;
    }

    /** What is written for one screening of one prescription. */
    record Screening(
            long institutionId,
            String institutionPath,
            Prescription prescription,
            @Nullable String patientKey,
            String requestSha256,
            String requestJson,
            Verdict verdict,
            List<String> limitations,
            String submittedBy) {}

    /**
     * Inserts a first submission; empty when the institution already has a prescription with this number (a
     * concurrent duplicate), so the caller re-reads instead of storing a second copy.
     */
    Optional<Long> insert(Screening s) {
        List<Object> values = new ArrayList<>(
                List.of(s.institutionId(), s.institutionPath(), s.prescription().id(), s.submittedBy()));
        values.addAll(screeningValues(s));
        Optional<Long> id = jdbc.sql(
                        """
                        insert into prescriptionreview_prescription
                            (institution_id, institution_path, prescription_number, submitted_by, patient_key, setting,
                             prescriber_staff_id, issued_on, request_sha256, request, status, action, highest_tier,
                             kb_version, failure, limitations, screened_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb, ?)
                        on conflict (institution_id, prescription_number) do nothing
                        returning id""")
                .params(values)
                .query(Long.class)
                .optional();
        id.ifPresent(prescriptionId -> {
            insertFindings(
                    prescriptionId, 1, s.verdict().findings(), s.verdict().screenedAt());
            insertMedication(prescriptionId, s);
        });
        return id;
    }

    /**
     * Stores a new revision: findings the new screening no longer raises are closed with the revision and reason,
     * findings it still raises stay open, new ones are added.
     */
    int revise(long id, int previousRevision, Screening s) {
        int revision = previousRevision + 1;
        List<Object> values = new ArrayList<>();
        values.add(revision);
        values.addAll(screeningValues(s));
        values.addAll(List.of(id, previousRevision));
        int updated = jdbc.sql(
                        """
                        update prescriptionreview_prescription
                           set revision = ?, patient_key = ?, setting = ?, prescriber_staff_id = ?, issued_on = ?,
                               request_sha256 = ?, request = ?::jsonb, status = ?, action = ?, highest_tier = ?,
                               kb_version = ?, failure = ?, limitations = ?::jsonb, screened_at = ?,
                               updated_at = now()
                         where id = ? and revision = ?""")
                .params(values)
                .update();
        if (updated != 1) {
            // optimistic lock: someone else revised it in between
            throw new ConcurrentRevisionException();
        }
        Map<String, Finding> now = new HashMap<>();
        s.verdict().findings().forEach(f -> now.put(key(f), f));
        Set<String> open =
                Set.copyOf(jdbc.sql("select finding_key from prescriptionreview_finding where prescription_id = ? and"
                                + " closed_revision is null")
                        .param(id)
                        .query(String.class)
                        .list());
        String reason = s.verdict().status() == Verdict.Status.UNSCREENED ? null : "第" + revision + "版复审不再触发";
        if (reason != null) {
            for (String stale : open) {
                if (!now.containsKey(stale)) {
                    jdbc.sql(
                                    """
                                    update prescriptionreview_finding
                                       set closed_revision = ?, closed_at = now(), closed_reason = ?
                                     where prescription_id = ? and finding_key = ? and closed_revision is null""")
                            .params(revision, reason, id, stale)
                            .update();
                }
            }
        }
        List<Finding> added = now.entrySet().stream()
                .filter(e -> !open.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        insertFindings(id, revision, added, s.verdict().screenedAt());
        jdbc.sql("delete from prescriptionreview_medication where prescription_id = ?")
                .param(id)
                .update();
        insertMedication(id, s);
        return revision;
    }

    /**
     * What one screening writes, in column order patient_key, setting, prescriber_staff_id, issued_on,
     * request_sha256, request, status, action, highest_tier, kb_version, failure, limitations, screened_at: the same
     * for a first submission and a revision.
     */
    private List<Object> screeningValues(Screening s) {
        // Arrays.asList, not List.of: several of these may be null
        return Arrays.asList(
                s.patientKey(),
                s.prescription().setting().name(),
                staffId(s.prescription()),
                s.prescription().issuedOn(),
                s.requestSha256(),
                s.requestJson(),
                s.verdict().status().name(),
                s.verdict().action().name(),
                tierName(s.verdict().highestTier()),
                s.verdict().kbVersion(),
                s.verdict().failure(),
                json.writeValueAsString(s.limitations()),
                Timestamp.from(s.verdict().screenedAt()));
    }

    Optional<StoredPrescription> find(long id) {
        return jdbc.sql("select * from prescriptionreview_prescription where id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .map(this::withFindings);
    }

    /** The request as the HIS (or the modify page) last submitted it, for the doctor's modify page. */
    Optional<String> requestJson(long id) {
        return jdbc.sql("select request::text from prescriptionreview_prescription where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<StoredPrescription> findByNumber(long institutionId, String number) {
        return jdbc.sql("select * from prescriptionreview_prescription where institution_id = ? and"
                        + " prescription_number = ?")
                .params(institutionId, number)
                .query(this::row)
                .optional()
                .map(this::withFindings);
    }

    private StoredPrescription withFindings(StoredPrescription p) {
        List<Finding> open = new ArrayList<>();
        List<StoredPrescription.ClosedFinding> closed = new ArrayList<>();
        jdbc.sql(
                        """
                        select * from prescriptionreview_finding where prescription_id = ?
                         order by closed_revision nulls first, tier desc, rule_id, id""")
                .param(p.id())
                .query((rs, n) -> {
                    Finding f = new Finding(
                            rs.getString("rule_id"),
                            rs.getString("rule_version"),
                            rs.getString("kb_version"),
                            Tier.valueOf(rs.getString("tier")),
                            Action.valueOf(rs.getString("action")),
                            rs.getString("message"),
                            json.readValue(rs.getString("drugs"), STRINGS),
                            json.readValue(rs.getString("evidence"), STRINGS),
                            rs.getString("source"));
                    int closedRevision = rs.getInt("closed_revision");
                    if (rs.wasNull()) {
                        open.add(f);
                    } else {
                        closed.add(new StoredPrescription.ClosedFinding(
                                f, rs.getInt("opened_revision"), closedRevision, rs.getString("closed_reason")));
                    }
                    return f;
                })
                .list();
        return new StoredPrescription(
                p.id(),
                p.institutionId(),
                p.institutionPath(),
                p.prescriptionNumber(),
                p.revision(),
                p.requestSha256(),
                p.status(),
                p.action(),
                p.highestTier(),
                p.kbVersion(),
                p.failure(),
                p.limitations(),
                p.screenedAt(),
                List.copyOf(open),
                List.copyOf(closed));
    }

    private StoredPrescription row(ResultSet rs, int n) throws SQLException {
        String tier = rs.getString("highest_tier");
        return new StoredPrescription(
                rs.getLong("id"),
                rs.getLong("institution_id"),
                rs.getString("institution_path"),
                rs.getString("prescription_number"),
                rs.getInt("revision"),
                rs.getString("request_sha256"),
                Verdict.Status.valueOf(rs.getString("status")),
                Action.valueOf(rs.getString("action")),
                tier == null ? null : Tier.valueOf(tier),
                rs.getString("kb_version"),
                rs.getString("failure"),
                json.readValue(rs.getString("limitations"), STRINGS),
                rs.getTimestamp("screened_at").toInstant(),
                List.of(),
                List.of());
    }

    /** The columns of a finding row, in the order of {@link #findingValues}. */
    private static final String FINDING_COLUMNS =
            """
            prescriptionreview_finding (prescription_id, finding_key, rule_id, rule_version, kb_version, tier, action,
                message, drugs, evidence, source, opened_revision, closed_revision, closed_at, closed_reason,
                opened_at)""";

    /** The one definition of a finding row: what an INSERT binds and what COPY writes. */
    private List<Object> findingValues(
            long prescriptionId,
            Finding f,
            int openedRevision,
            @Nullable Integer closedRevision,
            @Nullable Instant closedAt,
            @Nullable String closedReason,
            Instant openedAt) {
        // Arrays.asList, not List.of: the closing columns may be null
        return Arrays.asList(
                prescriptionId,
                key(f),
                f.ruleId(),
                f.ruleVersion(),
                f.kbVersion(),
                f.tier().name(),
                f.action().name(),
                f.message(),
                json.writeValueAsString(f.drugs()),
                json.writeValueAsString(f.evidence()),
                f.source(),
                openedRevision,
                closedRevision,
                closedAt,
                closedReason,
                openedAt);
    }

    /** Findings opened by a screening at {@code openedAt}: the partition key of the findings (reviewcenter V9). */
    private void insertFindings(long prescriptionId, int revision, List<Finding> findings, Instant openedAt) {
        for (Finding f : findings) {
            jdbc.sql("insert into " + FINDING_COLUMNS
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)")
                    .params(CopyStream.jdbc(findingValues(prescriptionId, f, revision, null, null, null, openedAt)))
                    .update();
        }
    }

    private void insertMedication(long prescriptionId, Screening s) {
        if (s.patientKey() == null) {
            return;
        }
        for (PrescriptionLine line : s.prescription().lines()) {
            jdbc.sql(
                            """
                            insert into prescriptionreview_medication
                                (prescription_id, patient_key, drug_name, institution_id, dispensed_on, days_supply)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            prescriptionId,
                            s.patientKey(),
                            line.label(),
                            s.institutionId(),
                            s.prescription().issuedOn(),
                            line.days())
                    .update();
        }
    }

    // --- bulk load (the demo year) ---

    /**
     * A prescription as a bulk load stores it, already through its review: the screening of its last revision, the
     * review state it ended in and the department that wrote it.
     */
    public record BulkPrescription(
            long id,
            long institutionId,
            String institutionPath,
            String prescriptionNumber,
            int revision,
            Setting setting,
            long prescriberStaffId,
            LocalDate issuedOn,
            String requestSha256,
            String requestJson,
            Verdict verdict,
            String submittedBy,
            Instant submittedAt,
            Instant screenedAt,
            Instant updatedAt,
            ReviewState reviewState,
            Instant reviewStateAt,
            String department) {}

    /** Rows prepared for one COPY per table; filled by one thread, written by {@link #copy(Batch)}. */
    public Batch batch() {
        return new Batch();
    }

    /** Prescription and finding rows for COPY, built by the same definitions as the single-row writes. */
    public final class Batch {
        private final StringBuilder prescriptions = new StringBuilder(1 << 16);
        private final StringBuilder findings = new StringBuilder(1 << 14);
        private long findingCount;
        // when each prescription of the batch was screened: its findings' partition key
        private final Map<Long, Instant> screenedAt = new HashMap<>();

        private Batch() {}

        public void prescription(BulkPrescription p) {
            Verdict v = p.verdict();
            screenedAt.put(p.id(), p.screenedAt());
            CopyStream.row(
                    prescriptions,
                    Arrays.asList(
                            p.id(),
                            p.institutionId(),
                            p.institutionPath(),
                            p.prescriptionNumber(),
                            p.revision(),
                            p.setting().name(),
                            p.prescriberStaffId(),
                            p.issuedOn(),
                            p.requestSha256(),
                            p.requestJson(),
                            v.status().name(),
                            v.action().name(),
                            tierName(v.highestTier()),
                            v.kbVersion(),
                            v.failure(),
                            p.submittedBy(),
                            p.submittedAt(),
                            p.screenedAt(),
                            p.updatedAt(),
                            p.reviewState().name(),
                            p.reviewStateAt(),
                            p.department()));
        }

        /** A finding opened with {@code openedRevision}, closed with {@code closedRevision} when that is not null. */
        public void finding(
                long prescriptionId,
                Finding f,
                int openedRevision,
                @Nullable Integer closedRevision,
                @Nullable Instant closedAt,
                @Nullable String closedReason) {
            // a prescription of this batch, else one stored earlier
            Instant openedAt = screenedAt.computeIfAbsent(prescriptionId, id -> jdbc.sql(
                            "select screened_at from prescriptionreview_prescription where id = ?")
                    .param(id)
                    .query(Timestamp.class)
                    .single()
                    .toInstant());
            CopyStream.row(
                    findings,
                    findingValues(prescriptionId, f, openedRevision, closedRevision, closedAt, closedReason, openedAt));
            findingCount++;
        }

        /** Finding rows prepared so far. */
        public long findings() {
            return findingCount;
        }
    }

    /** Writes a batch with COPY on the connection of the caller's transaction. */
    public void copy(Batch batch) {
        CopyStream.copy(
                dataSource,
                """
                prescriptionreview_prescription (id, institution_id, institution_path, prescription_number, revision,
                    setting, prescriber_staff_id, issued_on, request_sha256, request, status, action, highest_tier,
                    kb_version, failure, submitted_by, submitted_at, screened_at, updated_at, review_state,
                    review_state_at, department)""",
                batch.prescriptions);
        CopyStream.copy(dataSource, FINDING_COLUMNS, batch.findings);
    }

    /**
     * Identity of a finding across revisions: the same rule about the same drugs with the same message. A finding
     * whose figures change (a lower but still excessive dose) is a new finding, and the old one is closed.
     */
    public static String key(Finding f) {
        return Sha256.hex(f.ruleId() + "\u0000" + f.drugs().stream().sorted().collect(Collectors.joining("\u0001"))
                + "\u0000" + f.message());
    }

    private static @Nullable Long staffId(Prescription p) {
        if (p.prescriber() == null || p.prescriber().id() == null) {
            return null;
        }
        try {
            return Long.parseLong(p.prescriber().id());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String tierName(@Nullable Tier tier) {
        return tier == null ? null : tier.name();
    }

    /** Two revisions of one prescription crossed; the caller retries or reports a conflict. */
    static final class ConcurrentRevisionException extends RuntimeException {
        ConcurrentRevisionException() {
            super("prescription revised concurrently");
        }
    }
}
