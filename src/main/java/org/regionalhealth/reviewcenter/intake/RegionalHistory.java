package org.regionalhealth.reviewcenter.intake;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.reviewcenter.workbench.ReviewFacts;
import org.regionalhealth.reviewcenter.workbench.ReviewState;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.ScreeningProperties;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regional medication history (issue 3 §2; research §2.4 C6): the medicines a patient got at any institution of
 * the district within the history window, from the prescriptions stored here. A single hospital's HIS cannot see
 * them; that is what makes the district engine worth calling. Reading them is a read of the patient's record and is
 * audited.
 */
@Component
public class RegionalHistory {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PatientKeys keys;
    private final int windowDays;

    RegionalHistory(JdbcClient jdbc, AuditLog audit, PatientKeys keys, ScreeningProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.keys = keys;
        this.windowDays = properties.historyDays();
    }

    /**
     * The key that links this patient's prescriptions across the district ({@link PatientKeys}); {@code null} when
     * the patient is not identified by an ID number.
     */
    public @Nullable String keyOf(PatientIntake intake) {
        return intake.idNumber == null ? null : keys.of(intake.idNumber);
    }

    /** A medicine of a stored prescription. */
    record Row(long prescriptionId, DispensedMedicine medicine) {}

    /**
     * Adds the patient's active district medicines to the intake.
     *
     * @param excludePrescription the prescription being screened (its own lines are not history), or {@code null}
     */
    public void addTo(PatientIntake intake, LocalDate today, @Nullable Long excludePrescription) {
        String key = keyOf(intake);
        if (key == null) {
            return;
        }
        List<Row> rows = rows(key, today, excludePrescription);
        if (!rows.isEmpty()) {
            audit.record(
                    AuditLog.Action.READ,
                    "prescription",
                    rows.stream().map(Row::prescriptionId).distinct().toList(),
                    "处方审核：区域用药史");
        }
        rows.forEach(r -> intake.history.add(r.medicine()));
    }

    /**
     * The medicines of the patient's stored prescriptions issued within the window, latest first. Only prescriptions
     * that may reach the patient count (issue 4): review state PASSED, APPROVED, DOUBLE_SIGNED or DISPENSED — not one
     * waiting for a pharmacist, returned, rejected or cancelled. Rows stored before the review workflow (no state)
     * count unless the engine rejected them. The caller audits the read.
     */
    private static final String[] REACHES_PATIENT = ReviewFacts.array(ReviewFacts.states(
            ReviewState.PASSED, ReviewState.APPROVED, ReviewState.DOUBLE_SIGNED, ReviewState.DISPENSED));

    List<Row> rows(String patientKey, LocalDate today, @Nullable Long excludePrescription) {
        return jdbc.sql(
                        """
                        select m.prescription_id, m.drug_name, m.institution_id, m.dispensed_on, m.days_supply
                          from prescriptionreview_medication m
                          join prescriptionreview_prescription p on p.id = m.prescription_id
                         where m.patient_key = ? and m.dispensed_on between ? and ?
                           and (p.review_state = any(?) or (p.review_state is null and p.action <> ?))
                           and m.prescription_id <> ?
                         order by m.dispensed_on desc, m.drug_name""")
                .params(
                        patientKey,
                        today.minusDays(windowDays),
                        today,
                        REACHES_PATIENT,
                        Action.REJECT.name(),
                        excludePrescription == null ? -1L : excludePrescription)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        new DispensedMedicine(
                                rs.getString(2),
                                Long.toString(rs.getLong(3)),
                                rs.getObject(4, LocalDate.class),
                                (Integer) rs.getObject(5))))
                .list();
    }

    int windowDays() {
        return windowDays;
    }
}
