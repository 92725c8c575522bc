package org.regionalhealth.consultation.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.consultation.OnlinePrescription;
import org.regionalhealth.consultation.OnlinePrescriptionStatus;
import org.regionalhealth.consultation.OnlinePrescriptions;
import org.regionalhealth.residents.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The online prescriptions as the review center reads them and reports its decision back. */
@Component
class JdbcOnlinePrescriptions implements OnlinePrescriptions {

    private final JdbcClient jdbc;
    private final Consultations consultations;
    private final Clock clock;

    JdbcOnlinePrescriptions(JdbcClient jdbc, Consultations consultations, Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<OnlinePrescription> find(long prescriptionId) {
        var found = jdbc.sql(
                        """
                        select p.id, p.consultation_id, c.resident_id, c.unit_id, c.birth_date, c.sex, c.diagnosis_icd10,
                               c.diagnosis_text, p.prescriber, coalesce(p.prescriber_name, p.prescriber), p.lines, p.status,
                               p.created_at
                          from consultation_prescription p join consultation_consultation c on c.id = p.consultation_id
                         where p.id = ?""")
                .param(prescriptionId)
                .query((rs, n) -> new OnlinePrescription(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class),
                        Sex.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        consultations.lines(rs.getString(11)),
                        OnlinePrescriptionStatus.valueOf(rs.getString(12)),
                        rs.getTimestamp(13).toInstant()))
                .optional();
        // read by the review center's listener, with nobody logged in: a transfer between modules, not a person's read
        // (the pharmacist's read of the review sheet is audited by the review center)
        return found;
    }

    @Override
    @Transactional
    public boolean reviewed(
            long prescriptionId, OnlinePrescriptionStatus decision, @Nullable String note, String reviewer) {
        if (decision != OnlinePrescriptionStatus.APPROVED && decision != OnlinePrescriptionStatus.RETURNED) {
            throw new IllegalArgumentException("a pharmacist approves or returns: " + decision);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            text = text.substring(0, 500);
        }
        int updated = jdbc.sql(
                        """
                        update consultation_prescription
                           set status = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?
                         where id = ? and status in ('AWAITING_REVIEW', 'RETURNED') and status <> ?""")
                .params(
                        decision.name(),
                        text,
                        reviewer,
                        Timestamp.from(clock.instant()),
                        prescriptionId,
                        decision.name())
                .update();
        // the pharmacist's decision is audited where it was made (review center); this copies it to the consultation
        return updated == 1;
    }
}
