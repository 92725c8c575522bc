package org.regionalhealth.prescriptionreview.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.drugs.ResidentPrescriptions;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.prescriptionreview.DispensedMedicine;
import org.regionalhealth.prescriptionreview.PrescriptionReviewProperties;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A resident's own prescriptions from the district, for their "我的药品" page: the same regional medication history
 * screening uses, read by the resident about themself (audited).
 */
@Component
class ResidentPrescriptionHistory implements ResidentPrescriptions {

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final AuditLog audit;
    private final int windowDays;

    ResidentPrescriptionHistory(
            JdbcClient jdbc,
            ResidentIndex residents,
            Organizations organizations,
            AuditLog audit,
            PrescriptionReviewProperties properties) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.organizations = organizations;
        this.audit = audit;
        this.windowDays = properties.historyDays();
    }

    private record Row(long prescriptionId, DispensedMedicine medicine) {}

    @Override
    public List<PrescribedMedicine> activeMedicines(CurrentUser resident, LocalDate today) {
        if (resident.scope().residentId().isEmpty()) {
            return List.of();
        }
        var record = residents.find(resident.scope().residentId().get(), resident, "我的药品：本人处方");
        if (record.isEmpty()) {
            return List.of();
        }
        String key = new PatientIntake().idNumber(record.get().idNumber()).patientKey();
        List<Row> rows = jdbc.sql(
                        """
                        select m.prescription_id, m.drug_name, m.institution_id, m.dispensed_on, m.days_supply
                          from prescriptionreview_medication m
                          join prescriptionreview_prescription p on p.id = m.prescription_id
                         where m.patient_key = ? and m.dispensed_on between ? and ? and p.action <> 'REJECT'
                         order by m.dispensed_on desc, m.drug_name""")
                .params(key, today.minusDays(windowDays), today)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        new DispensedMedicine(
                                rs.getString(2),
                                Long.toString(rs.getLong(3)),
                                rs.getObject(4, LocalDate.class),
                                (Integer) rs.getObject(5))))
                .list();
        List<PrescribedMedicine> active = new ArrayList<>();
        for (Row row : rows) {
            DispensedMedicine m = row.medicine();
            if (m.activeOn(today, windowDays)) {
                String institution = organizations
                        .find(Long.parseLong(m.institutionId()))
                        .map(Unit::name)
                        .orElse(m.institutionId());
                active.add(new PrescribedMedicine(m.drugName(), institution, m.dispensedOn(), m.daysSupply()));
            }
        }
        if (!rows.isEmpty()) {
            audit.record(
                    AuditLog.Action.READ,
                    "prescription",
                    rows.stream().map(Row::prescriptionId).distinct().toList(),
                    "我的药品：本人处方");
        }
        return active;
    }
}
