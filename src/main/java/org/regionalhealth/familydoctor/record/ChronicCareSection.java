package org.regionalhealth.familydoctor.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.familydoctor.chronic.Disease;
import org.regionalhealth.familydoctor.chronic.VisitClass;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.HealthRecordItem;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 慢病与随访 in the resident's health record (issue 16): the chronic conditions under management with the next
 * follow-up, then the latest follow-ups with their readings and whether they were on target. Staff open the patient
 * page from it; a resident reads it on the phone.
 */
@Component
@Order(10)
class ChronicCareSection implements HealthRecordSection {

    /** Follow-ups shown in the record; the patient page has them all. */
    static final int FOLLOW_UPS = 6;

    private final JdbcClient jdbc;
    private final Labels labels;
    private final MessageSource messages;
    private final AuditLog audit;

    ChronicCareSection(JdbcClient jdbc, Labels labels, MessageSource messages, AuditLog audit) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public Optional<HealthRecordPart> part(long residentId, CurrentUser viewer) {
        boolean staff = viewer.role() != Role.RESIDENT;
        var items = new ArrayList<HealthRecordItem>();
        var patientIds = new ArrayList<Long>();
        jdbc.sql(
                        """
                        select id, disease, registered_on, status, last_class, next_due, next_due_kind
                        from familydoctor_chronic_patient where resident_id = ? order by status, registered_on""")
                .param(residentId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    patientIds.add(id);
                    boolean active = "ACTIVE".equals(rs.getString("status"));
                    var lastClass = rs.getString("last_class");
                    var nextDue = rs.getObject("next_due", LocalDate.class);
                    String detail = msg(
                            "fd.record.condition.detail",
                            date(rs.getObject("registered_on", LocalDate.class)),
                            active ? date(nextDue) : "—");
                    return items.add(new HealthRecordItem(
                            active ? nextDue : null,
                            labels.of(Disease.valueOf(rs.getString("disease"))),
                            detail,
                            !active
                                    ? msg("fd.record.closed")
                                    : lastClass == null
                                            ? msg("fd.record.noVisit")
                                            : labels.of(VisitClass.valueOf(lastClass)),
                            staff ? "/familydoctor/patients/" + id : null));
                })
                .list();
        jdbc.sql(
                        """
                        select f.patient_id, f.disease, f.visit_date, f.method, f.systolic, f.diastolic, f.fasting_glucose,
                               f.weight_kg, f.on_target
                        from familydoctor_followup f where f.resident_id = ? order by f.visit_date desc, f.id desc limit ?""")
                .params(residentId, FOLLOW_UPS)
                .query((rs, n) -> {
                    var readings = new ArrayList<String>();
                    if (rs.getObject("systolic") != null) {
                        readings.add(msg("fd.record.bp", rs.getInt("systolic"), rs.getInt("diastolic")));
                    }
                    if (rs.getObject("fasting_glucose") != null) {
                        readings.add(msg("fd.record.glucose", rs.getBigDecimal("fasting_glucose")));
                    }
                    if (rs.getObject("weight_kg") != null) {
                        readings.add(msg("fd.record.weight", rs.getBigDecimal("weight_kg")));
                    }
                    readings.add(msg("fd.method." + rs.getString("method")));
                    return items.add(new HealthRecordItem(
                            rs.getObject("visit_date", LocalDate.class),
                            msg("fd.record.followUp", labels.of(Disease.valueOf(rs.getString("disease")))),
                            String.join(" · ", readings),
                            rs.getBoolean("on_target") ? msg("fd.record.onTarget") : msg("fd.record.offTarget"),
                            staff ? "/familydoctor/patients/" + rs.getLong("patient_id") : null));
                })
                .list();
        if (items.isEmpty()) {
            return Optional.of(new HealthRecordPart(
                    msg("fd.record.chronic"),
                    List.of(),
                    null,
                    staff ? msg("fd.record.chronic.emptyStaff") : msg("fd.record.chronic.empty")));
        }
        audit.record(AuditLog.Action.READ, "familydoctor_chronic_patient", patientIds, "居民健康档案：慢病与随访");
        return Optional.of(new HealthRecordPart(msg("fd.record.chronic"), items, null, msg("fd.record.chronic.empty")));
    }

    private String date(LocalDate date) {
        return date == null ? "—" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
