package org.regionalhealth.reviewcenter.fhir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.reviewcenter.intake.RegionalHistory;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionScreening;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.formats.FhirPrescriptions;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.stereotype.Component;

/**
 * Screens FHIR medication requests as one prescription of the caller's institution, with the patient context that
 * came with them plus the regional medication history.
 */
@Component
public class FhirScreening {

    private final FhirPrescriptions prescriptions;
    private final PrescriptionScreening screening;
    private final RegionalHistory history;
    private final Organizations organizations;
    private final Clock clock;

    FhirScreening(
            FhirPrescriptions prescriptions,
            PrescriptionScreening screening,
            RegionalHistory history,
            Organizations organizations,
            Clock clock) {
        this.clock = clock;
        this.prescriptions = prescriptions;
        this.screening = screening;
        this.history = history;
        this.organizations = organizations;
    }

    /**
     * The result of screening FHIR orders.
     *
     * @param orderOf for each drug label on the prescription, the reference of the MedicationRequest it came from
     */
    public record Result(Verdict verdict, List<String> gaps, Map<String, String> orderOf, Unit institution) {

        /** The MedicationRequest references a finding concerns. */
        public List<String> ordersOf(List<String> drugs) {
            return drugs.stream()
                    .map(orderOf::get)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
        }
    }

    /**
     * @param field where the orders are in the request, for problem details (e.g. {@code context.draftOrders})
     * @param practitioner staff id of the prescriber, when known from the hook context
     */
    public Result screen(
            List<MedicationRequest> orders,
            List<String> references,
            PatientIntake intake,
            @Nullable Long practitioner,
            CurrentUser user,
            String field) {
        if (orders.isEmpty()) {
            throw PlatformException.invalidField("FHIR_NO_MEDICATION_REQUEST", field, "没有可审核的 MedicationRequest");
        }
        if (orders.size() > 60) {
            throw PlatformException.invalidField("FHIR_TOO_MANY_ORDERS", field, "一次最多审核60条医嘱");
        }
        Unit institution = organizations
                .find(user.unitId())
                .orElseThrow(() -> PlatformException.forbidden("AUTH_UNIT_UNKNOWN", "账户所属机构不存在"));
        LocalDate today = LocalDate.now(clock);
        List<PrescriptionLine> lines = new ArrayList<>();
        List<Diagnosis> diagnoses = new ArrayList<>();
        Map<String, String> orderOf = new LinkedHashMap<>();
        Setting setting = Setting.OUTPATIENT;
        LocalDate issuedOn = today;
        Long prescriber = practitioner;
        for (int i = 0; i < orders.size(); i++) {
            MedicationRequest order = orders.get(i);
            PrescriptionLine line = prescriptions.line(order, field + "[" + i + "]");
            lines.add(line);
            orderOf.putIfAbsent(line.label(), references.get(i));
            diagnoses.addAll(FhirPrescriptions.reasons(order));
            if (FhirPrescriptions.setting(order) == Setting.INPATIENT) {
                setting = Setting.INPATIENT;
            }
            issuedOn = FhirPrescriptions.issuedOn(order, today, clock.getZone());
            if (prescriber == null && order.hasRequester()) {
                prescriber =
                        FhirPrescriptions.practitionerId(order.getRequester().getReference());
            }
        }
        history.addTo(intake, today, null);
        Prescription prescription = Prescription.builder(issuedOn)
                .institutionId(Long.toString(institution.id()))
                .setting(setting)
                .prescriber(prescriber(prescriber, institution))
                .diagnoses(diagnoses.stream().distinct().toList())
                .lines(lines)
                .build();
        Verdict verdict = screening.screen(prescription, intake.toContext());
        return new Result(verdict, intake.gaps(today), orderOf, institution);
    }

    private Prescriber prescriber(@Nullable Long staffId, Unit institution) {
        if (staffId == null) {
            return Prescriber.unregistered("unknown", "未识别医师");
        }
        return organizations
                .staff(staffId)
                .map(s -> Prescriber.registered(s, institution))
                .orElseGet(() -> Prescriber.unregistered(Long.toString(staffId), "未登记医师"));
    }
}
