package org.regionalhealth.familydoctor.chronic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.familydoctor.FamilyDoctorProperties;
import org.regionalhealth.familydoctor.people.People;
import org.regionalhealth.familydoctor.people.Person;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chronic-disease management: enrolment, follow-ups classified by the rule set in force, the recheck and referral
 * they lead to, and the referral check. Every write is one transaction and is audited.
 */
@Component
public class ChronicCare {

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final HypertensionRules hypertension;
    private final DiabetesRules diabetes = new DiabetesRules(DiabetesRuleSet.NBPHS_2017);
    private final Organizations organizations;

    private final Clock clock;

    ChronicCare(
            JdbcClient jdbc,
            People people,
            AuditLog audit,
            ApplicationEventPublisher events,
            FamilyDoctorProperties properties,
            Organizations organizations,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.hypertension = new HypertensionRules(HypertensionRuleSet.byId(properties.hypertensionRuleSet())
                .orElseThrow(() -> new IllegalStateException(
                        "rhp.familydoctor.hypertension-rule-set unknown: " + properties.hypertensionRuleSet())));
    }

    public HypertensionRules hypertensionRules() {
        return hypertension;
    }

    /** Takes a resident into management for a disease; the first follow-up is due at once. */
    @Transactional
    public ChronicPatient enrol(long residentId, Disease disease, CurrentUser user) {
        var person = people.enrol(residentId, user, "familydoctor chronic enrolment");
        if ((disease == Disease.HYPERTENSION || disease == Disease.DIABETES_T2)
                && person.ageOn(LocalDate.now(clock)) < 35) {
            // 规范: the hypertension and diabetes services cover permanent residents aged 35 and over
            throw PlatformException.invalidField("AGE_UNDER_35", "residentId", "高血压、2型糖尿病健康管理服务对象为35岁及以上常住居民");
        }
        try {
            long id = jdbc.sql(
                            """
                            insert into familydoctor_chronic_patient (resident_id, disease, unit_id, unit_path, registered_on,
                                next_due, next_due_kind) values (?, ?, ?, ?, ?, ?, 'FIRST') returning id
                            """)
                    .params(
                            residentId,
                            disease.name(),
                            person.unitId(),
                            person.unitPath(),
                            LocalDate.now(clock),
                            LocalDate.now(clock))
                    .query(Long.class)
                    .single();
            if (disease == Disease.HYPERTENSION || disease == Disease.DIABETES_T2) {
                // the key group follows the registry at once; the nightly derivation (KeyGroupRules) would add it too
                var rule = org.regionalhealth.familydoctor.keygroups.KeyGroupRules.ALL.stream()
                        .filter(r -> r.group().name().equals(disease.name()))
                        .findFirst()
                        .orElseThrow();
                jdbc.sql(
                                """
                                insert into familydoctor_key_group_member (resident_id, key_group, unit_id, unit_path, rule_id,
                                    source, effective_from) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                                """)
                        .params(
                                residentId,
                                disease.name(),
                                person.unitId(),
                                person.unitPath(),
                                rule.id(),
                                rule.source(),
                                LocalDate.now(clock))
                        .update();
            }
            audit.record(AuditLog.Action.CREATE, "familydoctor_chronic_patient", List.of(id), "chronic enrolment");
            events.publishEvent(new ManagementChanged(person.unitId()));
            return find(id, user.scope()).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("ALREADY_ENROLLED", "该居民已纳入" + disease.labelZh() + "管理");
        }
    }

    public Optional<ChronicPatient> find(long patientId, DataScope scope) {
        return jdbc.sql("select * from familydoctor_chronic_patient where id = ? and unit_path like ?")
                .params(patientId, scope.likePattern())
                .query((rs, n) -> new ChronicPatient(
                        rs.getLong("id"),
                        rs.getLong("resident_id"),
                        Disease.valueOf(rs.getString("disease")),
                        rs.getLong("unit_id"),
                        rs.getString("unit_path"),
                        rs.getObject("registered_on", LocalDate.class),
                        rs.getString("status"),
                        rs.getObject("last_visit_on", LocalDate.class),
                        rs.getString("last_class"),
                        rs.getBoolean("previous_not_controlled"),
                        rs.getObject("next_due", LocalDate.class),
                        rs.getString("next_due_kind")))
                .optional();
    }

    public ChronicPatient require(long patientId, CurrentUser user) {
        return find(patientId, user.scope())
                .orElseThrow(() -> PlatformException.notFound("PATIENT_NOT_FOUND", "慢病患者不存在或不在您的权限范围内"));
    }

    /** Classifies and stores a follow-up, moves the patient's next due date, opens a referral where the rules say. */
    @Transactional
    public RecordedFollowUp record(long patientId, FollowUpForm form, CurrentUser user) {
        var patient = require(patientId, user);
        if (!patient.status().equals("ACTIVE")) {
            throw PlatformException.conflict("PATIENT_CLOSED", "该患者已结案");
        }
        LocalDate date = form.visitDate() == null ? LocalDate.now(clock) : form.visitDate();
        if (date.isAfter(LocalDate.now(clock))) {
            throw PlatformException.invalidField("VISIT_IN_FUTURE", "visitDate", "随访日期不能晚于今天");
        }
        if (date.isBefore(patient.registeredOn())) {
            throw PlatformException.invalidField(
                    "VISIT_BEFORE_ENROLMENT", "visitDate", "随访日期不能早于纳入管理日期（" + patient.registeredOn() + "）");
        }
        if (patient.lastVisitOn() != null && date.isBefore(patient.lastVisitOn())) {
            throw PlatformException.invalidField(
                    "VISIT_BEFORE_LAST", "visitDate", "随访日期不能早于上次随访（" + patient.lastVisitOn() + "）");
        }
        var person = people.find(patient.residentId()).orElseThrow();
        var outcome = classify(patient, person, date, form);
        long followUpId = jdbc.sql(
                        """
                        insert into familydoctor_followup (patient_id, resident_id, disease, unit_id, unit_path, visit_date,
                            method, systolic, diastolic, heart_rate, weight_kg, fasting_glucose, on_target, visit_class,
                            action, next_due, reasons, rule_set, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        patient.id(),
                        patient.residentId(),
                        patient.disease().name(),
                        patient.unitId(),
                        patient.unitPath(),
                        date,
                        form.method(),
                        form.systolic(),
                        form.diastolic(),
                        form.heartRate(),
                        form.weightKg(),
                        form.fastingGlucose(),
                        onTarget(patient, person, date, form, outcome),
                        outcome.visitClass().name(),
                        outcome.action().name(),
                        outcome.nextDue(),
                        truncate(String.join("；", outcome.reasons()), 500),
                        outcome.ruleSetId(),
                        user.username())
                .query(Long.class)
                .single();
        String kind = outcome.action().refers()
                ? "REFERRAL"
                : outcome.action() == FollowUpAction.RECHECK_IN_TWO_WEEKS ? "RECHECK" : "ROUTINE";
        jdbc.sql(
                        """
                        update familydoctor_chronic_patient set last_visit_on = ?, last_class = ?,
                            previous_not_controlled = ?, next_due = ?, next_due_kind = ? where id = ?
                        """)
                .params(date, outcome.visitClass().name(), !outcome.controlled(), outcome.nextDue(), kind, patient.id())
                .update();
        Long referralId = null;
        if (outcome.action().refers()) {
            var hospital = hospitalFor(patient.unitId());
            referralId = jdbc.sql(
                            """
                            insert into familydoctor_referral (patient_id, resident_id, followup_id, unit_path, emergency,
                                reason, referred_on, check_due, to_unit_id, to_unit_path)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                            """)
                    .params(
                            patient.id(),
                            patient.residentId(),
                            followUpId,
                            patient.unitPath(),
                            outcome.action() == FollowUpAction.EMERGENCY_REFERRAL,
                            truncate(String.join("；", outcome.reasons()), 500),
                            date,
                            outcome.referralCheckDue(),
                            hospital.map(Unit::id).orElse(null),
                            hospital.map(Unit::path).orElse(null))
                    .query(Long.class)
                    .single();
        }
        audit.record(AuditLog.Action.CREATE, "familydoctor_followup", List.of(followUpId), "chronic follow-up");
        events.publishEvent(new ManagementChanged(patient.unitId()));
        return new RecordedFollowUp(followUpId, patient.id(), outcome, referralId);
    }

    /** Records the 2-week active check of a referral (主动随访转诊情况). */
    @Transactional
    public void checkReferral(long referralId, String outcome, CurrentUser user) {
        if (outcome == null || outcome.isBlank() || outcome.length() > 200) {
            throw PlatformException.invalidField("OUTCOME_REQUIRED", "outcome", "请填写转诊结果（200字以内）");
        }
        int updated = jdbc.sql(
                        """
                        update familydoctor_referral set checked_on = ?, outcome = ?
                        where id = ? and unit_path like ? and checked_on is null
                        """)
                .params(LocalDate.now(clock), outcome, referralId, user.scope().likePattern())
                .update();
        if (updated == 0) {
            throw PlatformException.notFound("REFERRAL_NOT_FOUND", "转诊不存在、已随访或不在您的权限范围内");
        }
        // after the check the patient is back in routine care, due now
        jdbc.sql(
                        """
                        update familydoctor_chronic_patient set next_due_kind = 'ROUTINE', next_due = ?
                        where id = (select patient_id from familydoctor_referral where id = ?) and next_due_kind = 'REFERRAL'
                        """)
                .params(LocalDate.now(clock), referralId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "familydoctor_referral", List.of(referralId), "referral check");
    }

    /** The patient's follow-ups, newest first. */
    public List<FollowUpRow> history(long patientId, int limit) {
        return jdbc.sql(
                        """
                        select id, visit_date, method, systolic, diastolic, fasting_glucose, visit_class, action, next_due,
                               reasons, rule_set, recorded_by
                        from familydoctor_followup where patient_id = ? order by visit_date desc, id desc limit ?
                        """)
                .params(patientId, limit)
                .query((rs, n) -> new FollowUpRow(
                        rs.getLong("id"),
                        rs.getObject("visit_date", LocalDate.class),
                        rs.getString("method"),
                        (Integer) rs.getObject("systolic", Integer.class),
                        (Integer) rs.getObject("diastolic", Integer.class),
                        rs.getBigDecimal("fasting_glucose"),
                        VisitClass.valueOf(rs.getString("visit_class")),
                        FollowUpAction.valueOf(rs.getString("action")),
                        rs.getObject("next_due", LocalDate.class),
                        rs.getString("reasons"),
                        rs.getString("rule_set"),
                        rs.getString("recorded_by")))
                .list();
    }

    /** One row of a patient's follow-up history. */
    public record FollowUpRow(
            long id,
            LocalDate visitDate,
            String method,
            Integer systolic,
            Integer diastolic,
            java.math.BigDecimal fastingGlucose,
            VisitClass visitClass,
            FollowUpAction action,
            LocalDate nextDue,
            String reasons,
            String ruleSet,
            String recordedBy) {}

    /**
     * Whether a home reading of the resident is on target by the rule set in force, for the disease it measures (BP →
     * hypertension, glucose → type 2 diabetes); empty when the resident is not managed for that disease. A glucose
     * reading is judged against the fasting target, so the caller passes only readings confirmed as fasting.
     */
    public Optional<Boolean> readingOnTarget(
            long residentId,
            String kind,
            LocalDate day,
            Integer systolic,
            Integer diastolic,
            java.math.BigDecimal glucose) {
        var disease = kind.equals("BP") ? Disease.HYPERTENSION : Disease.DIABETES_T2;
        boolean managed = jdbc.sql(
                        "select exists(select 1 from familydoctor_chronic_patient where resident_id = ? and disease = ?"
                                + " and status = 'ACTIVE')")
                .params(residentId, disease.name())
                .query(Boolean.class)
                .single();
        if (!managed) {
            return Optional.empty();
        }
        if (disease == Disease.HYPERTENSION) {
            var person = people.find(residentId).orElseThrow();
            return Optional.of(
                    hypertension.onTarget(person.ageOn(day), hasDiabetesOrCkd(residentId), systolic, diastolic));
        }
        return Optional.of(diabetes.onTarget(glucose.setScale(1, java.math.RoundingMode.HALF_UP)));
    }

    /**
     * The hospital a referral goes to (双向转诊 within the 医共体): the first hospital of the station's medical
     * community, by code (its lead hospital in the demo district). Empty outside a medical community.
     */
    private Optional<Unit> hospitalFor(long unitId) {
        return organizations.medicalCommunityOf(unitId).flatMap(mc -> organizations
                .search(
                        new UnitQuery(UnitType.HOSPITAL, null, null, null),
                        new DataScope(mc.id(), mc.path(), Optional.empty()),
                        0,
                        1)
                .items()
                .stream()
                .findFirst());
    }

    /** A patient was enrolled or followed up: the unit's indicators are stale. */
    public record ManagementChanged(long unitId) {}

    private FollowUpOutcome classify(ChronicPatient patient, Person person, LocalDate date, FollowUpForm form) {
        return switch (patient.disease()) {
            case HYPERTENSION -> {
                if (form.systolic() == null || form.diastolic() == null) {
                    throw PlatformException.invalidField("BP_REQUIRED", "systolic", "高血压随访须测量血压");
                }
                requireOrdered(form);
                yield hypertension.classify(new HypertensionVisit(
                        date,
                        person.ageOn(date),
                        form.systolic(),
                        form.diastolic(),
                        hasDiabetesOrCkd(patient.residentId()),
                        form.pregnant(),
                        form.adverse(),
                        form.newComplication(),
                        form.signs(),
                        patient.previousNotControlled()));
            }
            case DIABETES_T2 -> {
                if (form.fastingGlucose() == null) {
                    throw PlatformException.invalidField("GLUCOSE_REQUIRED", "fastingGlucose", "糖尿病随访须测空腹血糖");
                }
                if (form.systolic() != null) {
                    requireOrdered(form);
                }
                yield diabetes.classify(new DiabetesVisit(
                        date,
                        form.fastingGlucose().setScale(1, java.math.RoundingMode.HALF_UP),
                        form.systolic(),
                        form.diastolic(),
                        form.heartRate(),
                        form.temperature(),
                        form.pregnant(),
                        form.adverse(),
                        form.newComplication(),
                        form.signs(),
                        patient.previousNotControlled()));
            }
            default -> {
                if (form.stable() == null) {
                    throw PlatformException.invalidField("STABILITY_REQUIRED", "stable", "请评估病情是否稳定");
                }
                yield StabilityRules.classify(
                        date, form.stable(), form.adverse(), form.newComplication(), patient.previousNotControlled());
            }
        };
    }

    /** Whether the reading itself is on target, whatever adverse reactions or complications: what 控制率 counts. */
    private boolean onTarget(
            ChronicPatient patient, Person person, LocalDate date, FollowUpForm form, FollowUpOutcome outcome) {
        return switch (patient.disease()) {
            case HYPERTENSION ->
                hypertension.onTarget(
                        person.ageOn(date), hasDiabetesOrCkd(patient.residentId()), form.systolic(), form.diastolic());
            case DIABETES_T2 -> diabetes.onTarget(form.fastingGlucose().setScale(1, java.math.RoundingMode.HALF_UP));
            default -> Boolean.TRUE.equals(form.stable());
        };
    }

    private static void requireOrdered(FollowUpForm form) {
        if (form.diastolic() != null && form.systolic() != null && form.diastolic() >= form.systolic()) {
            throw PlatformException.invalidField("BP_ORDER", "diastolic", "舒张压须低于收缩压");
        }
    }

    private boolean hasDiabetesOrCkd(long residentId) {
        return jdbc.sql(
                        """
                        select exists(select 1 from familydoctor_chronic_patient where resident_id = ?
                            and disease in ('DIABETES_T2', 'CHRONIC_KIDNEY_DISEASE') and status = 'ACTIVE')
                        """)
                .param(residentId)
                .query(Boolean.class)
                .single();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
