package org.regionalhealth.reviewcenter.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.reviewcenter.intake.RegionalHistory;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 处方 in the resident's health record (issue 16): the latest prescriptions of the district with their medicines,
 * the institution and the state of their review (待药师审核, 已退回医生, 药师已通过 …). Staff open the prescription's
 * story; a resident reads the list.
 */
@Component
@Order(20)
class PrescriptionRecordSection implements HealthRecordSection {

    static final int SHOWN = 8;

    private final JdbcClient jdbc;
    private final InstitutionNames names;
    private final Labels labels;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ResidentIndex residents;
    private final RegionalHistory history;

    PrescriptionRecordSection(
            JdbcClient jdbc,
            InstitutionNames names,
            Labels labels,
            MessageSource messages,
            AuditLog audit,
            ResidentIndex residents,
            RegionalHistory history) {
        this.residents = residents;
        this.history = history;
        this.jdbc = jdbc;
        this.names = names;
        this.labels = labels;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        boolean staff = viewer.role() != Role.RESIDENT;
        var ids = new ArrayList<Long>();
        // prescriptions carry the keyed hash of the ID number (intake.PatientKeys), not the resident
        String key = residents
                .find(residentId, viewer, "居民健康档案：处方")
                .map(r -> history.keyOf(new PatientIntake().idNumber(r.idNumber())))
                .orElse(null);
        if (key == null) {
            return Optional.empty();
        }
        var items = jdbc.sql(
                        """
                        select p.id, p.institution_id, p.issued_on, p.request ->> 'department' department, p.review_state,
                               (select string_agg(m.drug_name, '、' order by m.drug_name)
                                  from prescriptionreview_medication m where m.prescription_id = p.id) drugs
                        from prescriptionreview_prescription p
                        where p.patient_key = ?
                        order by p.issued_on desc, p.id desc limit ?""")
                .params(key, SHOWN)
                .query((rs, n) -> {
                    ids.add(rs.getLong("id"));
                    var state = rs.getString("review_state") == null
                            ? ReviewState.PASSED
                            : ReviewState.valueOf(rs.getString("review_state"));
                    String department = rs.getString("department");
                    String drugs = rs.getString("drugs");
                    return new HealthRecordItem(
                            rs.getObject("issued_on", LocalDate.class),
                            drugs == null ? msg("rx.record.noDrugs") : drugs,
                            names.nameOf(rs.getLong("institution_id"))
                                    + (department == null || department.isBlank() ? "" : " · " + department),
                            labels.of(state),
                            staff && viewer.role() != Role.CDC_OFFICER
                                    ? "/prescription-review/prescriptions/" + rs.getLong("id") + "/story"
                                    : null);
                })
                .list();
        if (!ids.isEmpty()) {
            audit.record(AuditLog.Action.READ, "prescription", ids, "居民健康档案：处方");
        }
        return Optional.of(new HealthRecordPart(
                msg("rx.record.title"), items, staff ? null : "/drugs/my", msg("rx.record.empty")));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
