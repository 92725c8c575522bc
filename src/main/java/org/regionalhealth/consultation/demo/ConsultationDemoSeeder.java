package org.regionalhealth.consultation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.DiagnosedVisits;
import org.regionalhealth.consultation.ConsultationProperties;
import org.regionalhealth.consultation.followup.Consultations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoAccounts;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ResidentIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo online follow-ups, so the doctor's desk and the resident's 在线复诊 show something on first start: the demo
 * resident's diabetes follow-up (diagnosed at the demo doctor's hospital, written by the appointments demo) talked
 * through, prescribed online and closed; at the same hospital three residents diagnosed there waiting (待接诊) and one
 * in progress with the patient's reply waiting (待回复). Written through {@link Consultations} as each side would, so
 * every rule of the 细则 applies; idempotent (nothing when a consultation exists). A step refused by a rule is logged
 * and skipped: demo data never stop the start.
 */
@Component
class ConsultationDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(ConsultationDemoSeeder.class);

    /**
     * What residents write when they ask for a follow-up, by the diagnosis it rests on (a blood-pressure message under
     * 腰痛 read as nonsense on the doctor's queue): hypertension, diabetes, coronary disease, anything else.
     */
    static String complaintFor(String icd10) {
        if (icd10.startsWith("I1")) {
            return "血压最近在130/85左右，降压药快吃完了，想续方";
        } else if (icd10.startsWith("E1")) {
            return "最近早上空腹血糖7点多，想问问药量要不要调整";
        } else if (icd10.startsWith("I2")) {
            return "最近偶尔胸闷，活动后明显，想请医生看看要不要调药";
        }
        return "上次开的药吃完了，症状好多了，想再开一些";
    }

    private final Consultations consultations;
    private final DiagnosedVisits visits;
    private final ResidentIndex residents;
    private final ConsultationProperties properties;
    private final DemoAccounts demoAccounts;
    private final Clock clock;

    ConsultationDemoSeeder(
            Consultations consultations,
            DiagnosedVisits visits,
            ResidentIndex residents,
            ConsultationProperties properties,
            DemoAccounts demoAccounts,
            Clock clock) {
        this.consultations = consultations;
        this.visits = visits;
        this.residents = residents;
        this.properties = properties;
        this.demoAccounts = demoAccounts;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (consultations.any()) {
            return;
        }
        // written as the demo administrator is logged in (the audit names who acted); each step as its own actor
        demoAccounts.run("admin", this::seedAsAdmin);
    }

    private void seedAsAdmin() {
        var doctor = account("doctor");
        var admin = account("admin");
        if (doctor == null || admin == null) {
            return;
        }
        int written = 0;
        var resident = account("resident");
        if (resident != null && resident.scope().residentId().isPresent()) {
            written += demoResident(resident, doctor);
        }
        LocalDate since = LocalDate.now(clock).minusDays(properties.priorDiagnosisDays());
        var others = visits.residentsDiagnosedAt(doctor.unitId(), since, 12).stream()
                .filter(id -> resident == null
                        || !id.equals(resident.scope().residentId().orElse(-1L)))
                .toList();
        int waiting = 0;
        boolean inProgress = false;
        for (long residentId : others) {
            if (waiting >= 3 && inProgress) {
                break;
            }
            var patient = asResident(residentId, admin);
            if (patient.isEmpty()) {
                continue;
            }
            var visit = consultations.eligibleVisits(residentId).stream()
                    .filter(v -> v.unitId() == doctor.unitId())
                    .findFirst();
            if (visit.isEmpty()) {
                continue;
            }
            String complaint = complaintFor(visit.get().icd10());
            boolean answer = waiting >= 3;
            var done = step(() -> {
                var c = consultations.open(residentId, visit.get().appointmentId(), complaint, true, patient.get());
                consultations.post(c.id(), "具体情况：" + complaint + "。平时按时吃药，没有其他不舒服。", null, patient.get());
                if (answer) {
                    consultations.accept(c.id(), doctor);
                    consultations.post(c.id(), "您好，我是接诊医生。最近一次测量的数值是多少？有没有头晕、心慌？", null, doctor);
                    consultations.post(c.id(), "昨天测的，早上起来量的，没有头晕。", null, patient.get());
                }
                return c.id();
            });
            if (done.isPresent()) {
                written++;
                if (answer) {
                    inProgress = true;
                } else {
                    waiting++;
                }
            }
        }
        log.info("Consultation demo: {} online follow-ups", written);
    }

    /** The demo resident's diabetes follow-up: talked through, metformin prescribed online (to review), closed. */
    private int demoResident(CurrentUser resident, CurrentUser doctor) {
        long residentId = resident.scope().residentId().orElseThrow();
        var visit = consultations.eligibleVisits(residentId).stream()
                .filter(v -> v.unitId() == doctor.unitId() && v.icd10().startsWith("E11"))
                .findFirst();
        if (visit.isEmpty()) {
            return 0;
        }
        return step(() -> {
                    var c = consultations.open(
                            residentId, visit.get().appointmentId(), "二甲双胍快吃完了，最近空腹血糖6.8左右，申请续方", true, resident);
                    consultations.post(c.id(), "最近一周空腹血糖6.8–7.2，饭后两小时9左右，没有出现低血糖。", null, resident);
                    consultations.accept(c.id(), doctor);
                    consultations.post(c.id(), "血糖控制基本达标，继续二甲双胍每次0.5克、每日三次，随餐服用。三个月后到医院复查糖化血红蛋白。", null, doctor);
                    consultations.prescribe(
                            c.id(), List.of(new Consultations.Line("二甲双胍", 500, "mg", "tid", 30)), doctor);
                    consultations.post(c.id(), "好的，谢谢医生。", null, resident);
                    consultations.close(c.id(), doctor);
                    return c.id();
                })
                .map(id -> 1)
                .orElse(0);
    }

    /** The resident as they act on their phone (own record only). */
    private Optional<CurrentUser> asResident(long residentId, CurrentUser admin) {
        return residents
                .find(residentId, admin, "consultation demo")
                .map(r -> new CurrentUser(
                        "demo-resident-" + r.id(),
                        r.name(),
                        Role.RESIDENT,
                        r.unitId(),
                        new DataScope(r.unitId(), r.unitPath(), Optional.of(r.id())),
                        CurrentUser.Channel.SYSTEM));
    }

    private static Optional<Long> step(Supplier<Long> step) {
        try {
            return Optional.of(step.get());
        } catch (PlatformException e) {
            log.warn("Consultation demo: a step was refused ({}: {})", e.code(), e.getMessage());
            return Optional.empty();
        }
    }

    /** A demo account as the current user it logs in as, or null when the demo has no such account. */
    private @Nullable CurrentUser account(String username) {
        return demoAccounts.user(username).orElse(null);
    }
}
