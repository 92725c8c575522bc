package org.regionalhealth.reviewcenter.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.regionalhealth.reviewcenter.intake.PatientIntake;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.Setting;
import org.springframework.stereotype.Component;

/**
 * Turns a validated {@link PrescriptionRequest} into the screening model: checks what annotations cannot (a line
 * names a drug; a dose or a written usage; the institution exists and lies in the caller's scope; a valid ID
 * number) and looks the prescriber's rights up in the staff register.
 */
@Component
public class PrescriptionRequests {

    private final Organizations organizations;
    private final Clock clock;
    private final Duration clockSkew;

    PrescriptionRequests(Organizations organizations, Clock clock, ReviewCenterProperties properties) {
        this.organizations = organizations;
        this.clock = clock;
        this.clockSkew = properties.clockSkew();
    }

    /** A request mapped for screening. */
    record Draft(Unit institution, Prescription prescription, PatientIntake intake) {}

    Draft map(PrescriptionRequest request, CurrentUser user) {
        checkIssueDate(request.issuedOn(), request.validityDays(), clock, clockSkew);
        Unit institution = organizations
                .findByCode(request.institutionCode().trim())
                .orElseThrow(() -> PlatformException.invalidField(
                        "PRESCRIPTION_INSTITUTION_UNKNOWN", "institutionCode", "机构编码不存在：" + request.institutionCode()));
        if (!user.scope().covers(institution.path())) {
            throw PlatformException.forbidden(
                    "PRESCRIPTION_INSTITUTION_OUT_OF_SCOPE", "无权为该机构提交处方：" + institution.name());
        }
        Prescription prescription = prescription(request, institution, prescriber(request.prescriber(), institution));
        return new Draft(institution, prescription, intake(request.patient()));
    }

    /**
     * A prescription dated after today (beyond the allowed clock skew of the submitting system) or past its validity
     * (《处方管理办法》第十八条: 当日有效，延长不超过3天) is refused before anything is screened or stored: a future-dated
     * prescription could otherwise be dispensed early, an expired one must be issued again.
     */
    static void checkIssueDate(LocalDate issuedOn, Integer validityDays, Clock clock, Duration skew) {
        if (issuedOn == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate latest = LocalDate.ofInstant(now.plus(skew), clock.getZone());
        if (issuedOn.isAfter(latest)) {
            throw PlatformException.invalidField(
                    "PRESCRIPTION_DATED_IN_FUTURE",
                    "issuedOn",
                    "开具日期" + issuedOn + "晚于今日" + LocalDate.ofInstant(now, clock.getZone()) + "，不能提交未来日期的处方");
        }
        int days = validityDays == null || validityDays < 1 ? 1 : Math.min(validityDays, 3);
        LocalDate lastValid = issuedOn.plusDays(days - 1L);
        LocalDate earliestToday = LocalDate.ofInstant(now.minus(skew), clock.getZone());
        if (lastValid.isBefore(earliestToday)) {
            throw PlatformException.invalidField(
                    "PRESCRIPTION_EXPIRED",
                    "issuedOn",
                    "处方开具于" + issuedOn + "，有效期至" + lastValid + "，已过期，请重新开具（《处方管理办法》第十八条）");
        }
    }

    /** A stored request as screening sees it, with the institution and prescriber already resolved. */
    public record Stored(Prescription prescription, PatientIntake intake) {}

    /**
     * Maps a request that was validated when it was stored (demo year, replay of stored prescriptions): the caller
     * resolved the institution and the prescriber's rights; no scope check, because the caller reads stored data
     * within its own scope.
     */
    public static Stored stored(PrescriptionRequest request, Unit institution, Prescriber prescriber) {
        return new Stored(prescription(request, institution, prescriber), intake(request.patient()));
    }

    private static Prescription prescription(PrescriptionRequest request, Unit institution, Prescriber prescriber) {
        List<PrescriptionLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            lines.add(line(request.lines().get(i), "lines[" + i + "]"));
        }
        return Prescription.builder(request.issuedOn())
                .id(request.prescriptionNumber())
                .institutionId(Long.toString(institution.id()))
                .setting(request.setting() == null ? Setting.OUTPATIENT : request.setting())
                .type(request.type() == null ? PrescriptionType.WESTERN : request.type())
                .prescriber(prescriber)
                .diagnoses(diagnoses(request.diagnoses()))
                .ageAsWritten(request.ageAsWritten())
                .validityDays(request.validityDays())
                .extendedSupplyReason(request.extendedSupplyReason())
                .longTerm(Boolean.TRUE.equals(request.longTerm()))
                .longTermAssessed(Boolean.TRUE.equals(request.longTermAssessed()))
                .takeHome(request.takeHome())
                .decoctionCount(request.decoctionCount())
                .lines(lines)
                .build();
    }

    private static PrescriptionLine line(PrescriptionRequest.Line l, String field) {
        if (blank(l.drugName()) && blank(l.drugCode())) {
            throw PlatformException.invalidField("PRESCRIPTION_LINE_NO_DRUG", field + ".drugName", "药品名称和药品编码不能同时为空");
        }
        if (l.dose() == null && blank(l.usage())) {
            throw PlatformException.invalidField(
                    "PRESCRIPTION_LINE_NO_DOSE", field + ".dose", "缺少单次剂量（或写明用法 usage）：" + label(l));
        }
        if (l.dose() != null && blank(l.doseUnit())) {
            throw PlatformException.invalidField(
                    "PRESCRIPTION_LINE_NO_UNIT", field + ".doseUnit", "缺少剂量单位：" + label(l));
        }
        if (l.quantity() != null && blank(l.quantityUnit())) {
            throw PlatformException.invalidField(
                    "PRESCRIPTION_LINE_NO_QUANTITY_UNIT", field + ".quantityUnit", "缺少数量单位：" + label(l));
        }
        return new PrescriptionLine(
                trim(l.drugName()),
                trim(l.drugCode()),
                trim(l.strength()),
                trim(l.form()),
                trim(l.route()),
                l.dose(),
                trim(l.doseUnit()),
                trim(l.frequency()),
                l.days(),
                l.quantity(),
                trim(l.quantityUnit()),
                trim(l.infusionGroup()),
                l.skinTestResult(),
                trim(l.usage()));
    }

    /**
     * The prescriber's rights at this institution, from the staff register: 处方权 is granted per practice site
     * (《处方管理办法》第八条), so a doctor of another institution, or an unknown one, has none here.
     */
    private Prescriber prescriber(PrescriptionRequest.PrescriberRef ref, Unit institution) {
        String fallbackName = ref.name() == null ? "未登记医师" : ref.name();
        return organizations
                .staff(ref.staffId())
                .map(s -> Prescriber.registered(s, institution))
                .orElseGet(() -> Prescriber.unregistered(Long.toString(ref.staffId()), fallbackName));
    }

    private static List<Diagnosis> diagnoses(List<PrescriptionRequest.DiagnosisEntry> entries) {
        if (entries == null) {
            return List.of();
        }
        return entries.stream()
                .filter(d -> !blank(d.icd10()) || !blank(d.text()))
                .map(d -> new Diagnosis(trim(d.icd10()), trim(d.text())))
                .toList();
    }

    private static PatientIntake intake(PrescriptionRequest.Patient p) {
        PatientIntake intake = new PatientIntake();
        intake.birthDate = p.birthDate();
        intake.sex = p.sex();
        if (p.idNumber() != null) {
            try {
                intake.idNumber(p.idNumber());
            } catch (IllegalArgumentException e) {
                throw PlatformException.invalidField("PATIENT_ID_INVALID", "patient.idNumber", e.getMessage());
            }
        }
        intake.weightKg = p.weightKg();
        intake.pregnant = p.pregnant();
        intake.lactating = p.lactating();
        intake.allergies = p.allergies() == null
                ? null
                : p.allergies().stream().map(String::trim).toList();
        intake.diagnoses.addAll(diagnoses(p.conditions()));
        intake.egfr = p.egfr();
        intake.egfrDate = p.egfrDate();
        intake.creatinineUmolPerL = p.creatinineUmolPerL();
        intake.creatinineDate = p.creatinineDate();
        intake.liver = p.liver();
        intake.cancerPainRegistered = Boolean.TRUE.equals(p.cancerPainRegistered());
        if (p.history() != null) {
            p.history()
                    .forEach(h -> intake.history.add(
                            new DispensedMedicine(h.drugName().trim(), "外部", h.dispensedOn(), h.daysSupply())));
        }
        return intake;
    }

    private static String label(PrescriptionRequest.Line l) {
        return blank(l.drugName()) ? l.drugCode() : l.drugName();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
