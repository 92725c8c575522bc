package org.regionalhealth.reviewcenter.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.drugs.ResidentPrescriptions;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.stereotype.Component;

/**
 * A resident's own prescriptions from the district, for their "我的药品" page: the same regional medication history
 * screening uses, read by the resident about themself (audited).
 */
@Component
class ResidentPrescriptionHistory implements ResidentPrescriptions {

    private final RegionalHistory history;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final AuditLog audit;

    ResidentPrescriptionHistory(
            RegionalHistory history, ResidentIndex residents, Organizations organizations, AuditLog audit) {
        this.history = history;
        this.residents = residents;
        this.organizations = organizations;
        this.audit = audit;
    }

    @Override
    public List<PrescribedMedicine> activeMedicines(CurrentUser resident, LocalDate today) {
        if (resident.scope().residentId().isEmpty()) {
            return List.of();
        }
        var record = residents.find(resident.scope().residentId().get(), resident, "我的药品：本人处方");
        if (record.isEmpty()) {
            return List.of();
        }
        String key = history.keyOf(new PatientIntake().idNumber(record.get().idNumber()));
        List<RegionalHistory.Row> rows = history.rows(key, today, null);
        List<PrescribedMedicine> active = new ArrayList<>();
        for (RegionalHistory.Row row : rows) {
            DispensedMedicine m = row.medicine();
            if (m.activeOn(today, history.windowDays())) {
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
                    rows.stream()
                            .map(RegionalHistory.Row::prescriptionId)
                            .distinct()
                            .toList(),
                    "我的药品：本人处方");
        }
        return active;
    }
}
