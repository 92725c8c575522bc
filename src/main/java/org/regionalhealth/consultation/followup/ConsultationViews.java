package org.regionalhealth.consultation.followup;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.consultation.ConsultationStatus;
import org.regionalhealth.consultation.OnlinePrescription;
import org.regionalhealth.consultation.OnlinePrescriptionStatus;
import org.regionalhealth.consultation.followup.Consultations.Consultation;
import org.regionalhealth.familydoctor.ChronicConditions;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages read: the resident's own consultations, the doctor's queue in scope, one consultation with its
 * messages and prescriptions. Every read is audited (细则: 每次调阅留痕).
 */
@Service
public class ConsultationViews {

    private final JdbcClient jdbc;
    private final Consultations consultations;
    private final AuditLog audit;

    ConsultationViews(JdbcClient jdbc, Consultations consultations, AuditLog audit) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.audit = audit;
    }

    /** The doctor's queue tabs: 待接诊 (everyone's in scope), 问诊中 and 已结束 (the doctor's own). */
    public enum QueueTab {
        WAITING,
        IN_PROGRESS,
        DONE
    }

    /** A consultation in a list, with whether the resident wrote last (待回复) and its latest prescription state. */
    public record Row(
            Consultation consultation,
            boolean residentWroteLast,
            @Nullable Instant lastMessageAt,
            @Nullable OnlinePrescriptionStatus prescription) {}

    /** A message in the thread. */
    public record Message(long id, boolean fromDoctor, String text, @Nullable String imageName, Instant at) {}

    /** A prescription of the consultation with its screening and review. */
    public record PrescriptionView(
            long id,
            List<OnlinePrescription.Line> lines,
            OnlinePrescriptionStatus status,
            List<String> findings,
            String prescriberName,
            Instant createdAt,
            @Nullable String reviewNote,
            @Nullable Instant reviewedAt) {}

    /** One consultation as a page shows it. */
    public record Detail(
            Consultation consultation,
            List<Message> messages,
            List<PrescriptionView> prescriptions,
            List<ChronicConditions.Condition> chronic) {}

    private static final String ROW =
            """
            select %s,
                   (select not m.from_doctor from consultation_message m where m.consultation_id = c.id
                     order by m.created_at desc, m.id desc limit 1),
                   (select max(m.created_at) from consultation_message m where m.consultation_id = c.id),
                   (select p.status from consultation_prescription p where p.consultation_id = c.id
                     order by p.created_at desc, p.id desc limit 1)
              from consultation_consultation c
            """;

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var c = Consultations.consultation(rs, n);
        var last = rs.getTimestamp(18);
        String p = rs.getString(19);
        return new Row(
                c,
                rs.getBoolean(17),
                last == null ? null : last.toInstant(),
                p == null ? null : OnlinePrescriptionStatus.valueOf(p));
    }

    private static String columns() {
        return Arrays.stream(Consultations.COLUMNS.split(","))
                .map(col -> "c." + col.strip())
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
    }

    /** The resident's own consultations, newest first. */
    @Transactional
    public PageResult<Row> mine(CurrentUser resident, int page, int size) {
        long residentId = resident.scope()
                .residentId()
                .orElseThrow(() -> PlatformException.forbidden("CONSULTATION_RESIDENT_ONLY", "只有居民本人可以查看自己的复诊"));
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql("select count(*) from consultation_consultation where resident_id = ?")
                .param(residentId)
                .query(Long.class)
                .single();
        var items = jdbc.sql(ROW.formatted(columns()) + " where c.resident_id = ? order by c.opened_at desc, c.id desc"
                        + " limit ? offset ?")
                .params(residentId, bounded, (long) Math.max(page, 0) * bounded)
                .query(this::row)
                .list();
        audit(items, "consultation list (resident)");
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    /** The doctor's queue: waiting ones in the doctor's scope, oldest first; the doctor's own in progress or done. */
    @Transactional
    public PageResult<Row> queue(CurrentUser doctor, QueueTab tab, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        String where =
                switch (tab) {
                    case WAITING -> "c.unit_path like ? and c.status = 'WAITING'";
                    case IN_PROGRESS -> "c.unit_path like ? and c.status = 'IN_PROGRESS' and c.doctor_username = ?";
                    case DONE ->
                        "c.unit_path like ? and c.status in ('CLOSED', 'TERMINATED') and c.doctor_username = ?";
                };
        String order = tab == QueueTab.DONE ? "c.closed_at desc nulls last, c.id desc" : "c.opened_at, c.id";
        Object[] params = tab == QueueTab.WAITING
                ? new Object[] {doctor.scope().likePattern()}
                : new Object[] {doctor.scope().likePattern(), doctor.username()};
        long total = jdbc.sql("select count(*) from consultation_consultation c where " + where)
                .params(params)
                .query(Long.class)
                .single();
        var all = new java.util.ArrayList<Object>(List.of(params));
        all.add(bounded);
        all.add((long) Math.max(page, 0) * bounded);
        var items = jdbc.sql(ROW.formatted(columns()) + " where " + where + " order by " + order + " limit ? offset ?")
                .params(all)
                .query(this::row)
                .list();
        audit(items, "consultation queue");
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    /** Counts per tab for the doctor's queue. */
    public java.util.Map<String, Long> counts(CurrentUser doctor) {
        var counts = new java.util.HashMap<String, Long>();
        counts.put(
                QueueTab.WAITING.name(),
                jdbc.sql("select count(*) from consultation_consultation where unit_path like ? and status = 'WAITING'")
                        .param(doctor.scope().likePattern())
                        .query(Long.class)
                        .single());
        counts.put(
                QueueTab.IN_PROGRESS.name(),
                jdbc.sql(
                                "select count(*) from consultation_consultation where unit_path like ? and status = 'IN_PROGRESS' and doctor_username = ?")
                        .params(doctor.scope().likePattern(), doctor.username())
                        .query(Long.class)
                        .single());
        return counts;
    }

    /** One consultation with its thread and prescriptions, for its resident or a doctor in scope (audited). */
    @Transactional
    public Detail detail(long id, CurrentUser user) {
        var c = consultations.readable(id, user);
        audit.record(AuditLog.Action.READ, "consultation", List.of(id), "consultation view");
        // the chronic conditions under the family doctor's management and their last follow-up (familydoctor)
        return new Detail(c, messages(id), prescriptions(id), consultations.eligibleChronic(c.residentId()));
    }

    /** The thread only (the page polls it). */
    @Transactional
    public List<Message> thread(long id, CurrentUser user) {
        consultations.readable(id, user);
        audit.record(AuditLog.Action.READ, "consultation", List.of(id), "consultation messages");
        return messages(id);
    }

    private List<Message> messages(long id) {
        return jdbc.sql(
                        """
                        select id, from_doctor, text, image_name, created_at from consultation_message
                         where consultation_id = ? order by created_at, id limit 500""")
                .param(id)
                .query((rs, n) -> new Message(
                        rs.getLong(1),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private List<PrescriptionView> prescriptions(long id) {
        return jdbc.sql(
                        """
                        select id, lines, status, findings, coalesce(prescriber_name, prescriber), created_at, review_note,
                               reviewed_at
                          from consultation_prescription where consultation_id = ? order by created_at desc, id desc""")
                .param(id)
                .query((rs, n) -> {
                    String findings = rs.getString(4);
                    var reviewed = rs.getTimestamp(8);
                    return new PrescriptionView(
                            rs.getLong(1),
                            consultations.lines(rs.getString(2)),
                            OnlinePrescriptionStatus.valueOf(rs.getString(3)),
                            findings == null || findings.isBlank() ? List.of() : List.of(findings.split("\n")),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant(),
                            rs.getString(7),
                            reviewed == null ? null : reviewed.toInstant());
                })
                .list();
    }

    private void audit(List<Row> rows, String purpose) {
        if (!rows.isEmpty()) {
            audit.record(
                    AuditLog.Action.READ,
                    "consultation",
                    rows.stream().map(r -> r.consultation().id()).toList(),
                    purpose);
        }
    }

    /** Whether a status is over (no more messages). */
    public static boolean over(ConsultationStatus status) {
        return status == ConsultationStatus.CLOSED || status == ConsultationStatus.TERMINATED;
    }
}
