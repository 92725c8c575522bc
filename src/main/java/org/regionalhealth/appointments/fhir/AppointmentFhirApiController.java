package org.regionalhealth.appointments.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.Appointment;
import org.regionalhealth.appointments.SessionPeriod;
import org.regionalhealth.appointments.booking.Bookings;
import org.regionalhealth.appointments.schedule.Departments;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * FHIR R4 for a provincial booking platform or a hospital HIS (issue 18): {@code Schedule} (one per 出诊 session)
 * and {@code Slot} (one per 号源) read and search by service type (诊疗科目 code), date, status and schedule, and
 * {@code Appointment} book ({@code POST}, the same conditional update as the resident's page: no slot is given
 * twice), read, search by patient, cancel and check in ({@code PUT} with status {@code cancelled} or
 * {@code arrived}). Schedules and slots carry no personal data; every appointment read and write is audited and limited
 * to the caller's scope by the booking service.
 */
@RestController
@RequestMapping("/fhir")
class AppointmentFhirApiController {

    static final String FHIR_JSON = "application/fhir+json";
    static final String DEPARTMENT_SYSTEM = "https://rhp.xiaoshan.gov.cn/fhir/CodeSystem/department";
    static final String PERIOD_SYSTEM = "https://rhp.xiaoshan.gov.cn/fhir/CodeSystem/session-period";
    static final int MAX_COUNT = 200;
    private static final String READERS =
            "hasAnyRole('SERVICE','DISTRICT_ADMIN','RESIDENT','STATION_DOCTOR','HOSPITAL_DOCTOR')";

    private final FhirContext fhir;
    private final Schedules schedules;
    private final SlotQueries slots;
    private final Bookings bookings;
    private final Departments departments;
    private final Organizations organizations;
    private final ResidentIndex residents;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    AppointmentFhirApiController(
            FhirContext fhir,
            Schedules schedules,
            SlotQueries slots,
            Bookings bookings,
            Departments departments,
            Organizations organizations,
            ResidentIndex residents,
            CurrentUsers users,
            AuditLog audit,
            Clock clock) {
        this.fhir = fhir;
        this.schedules = schedules;
        this.slots = slots;
        this.bookings = bookings;
        this.departments = departments;
        this.organizations = organizations;
        this.residents = residents;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- Schedule -------------------------------------------------------------------------------------------

    @GetMapping(
            path = "/Schedule/{id}",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(READERS)
    ResponseEntity<String> schedule(@PathVariable long id) {
        var session = schedules
                .find(id)
                .filter(s -> "OUTPATIENT".equals(s.serviceType()))
                .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_FHIR_SCHEDULE_NOT_FOUND", "出诊安排不存在"));
        return json(schedule(session));
    }

    /** Sessions of one day (default today), optionally of one department ({@code service-type}) and institution. */
    @GetMapping(
            path = "/Schedule",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(READERS)
    ResponseEntity<String> schedules(
            @RequestParam(name = "service-type", required = false) @Nullable String serviceType,
            @RequestParam(name = "date", required = false) @Nullable String date,
            @RequestParam(name = "actor", required = false) @Nullable String actor,
            @RequestParam(name = "_count", required = false) @Nullable Integer count) {
        String dept = department(serviceType);
        LocalDate day = date == null ? LocalDate.now(clock) : day(date, "date");
        Long unit = actor == null ? null : id(actor, "Organization/", "actor");
        // sessions are public availability, no personal data: the whole district, as the resident's triage shows it
        var root = organizations.root();
        var page = schedules.list(
                new DataScope(root.id(), root.path(), java.util.Optional.empty()),
                day,
                dept,
                unit,
                0,
                Math.min(count(count), 100));
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        page.items().stream()
                .filter(s -> "OUTPATIENT".equals(s.serviceType()))
                .forEach(s -> bundle.addEntry().setFullUrl("Schedule/" + s.id()).setResource(schedule(s)));
        bundle.setTotal((int) page.total());
        return json(bundle);
    }

    private Schedule schedule(Schedules.Session s) {
        var schedule = new Schedule();
        schedule.setId(String.valueOf(s.id()));
        schedule.setActive(!s.stopped());
        schedule.addServiceType(serviceType(s.departmentCode()));
        schedule.addSpecialty(
                new CodeableConcept(new Coding(PERIOD_SYSTEM, s.period().name(), periodZh(s.period()))));
        schedule.addActor(new Reference("Organization/" + s.unitId()).setDisplay(s.unitName()));
        String doctor = s.substituteName() != null ? s.substituteName() : s.doctorName();
        if (doctor != null) {
            schedule.addActor(
                    new Reference().setDisplay(doctor + (s.doctorTitle() == null ? "" : "（" + s.doctorTitle() + "）")));
        }
        schedule.setPlanningHorizon(
                new Period().setStart(Date.from(s.startsAt())).setEnd(Date.from(s.endsAt())));
        var comment = new StringBuilder(periodZh(s.period()) + "门诊，号源" + s.capacity() + "个（已约" + s.booked() + "），挂号费"
                + String.format("%.2f", s.feeCents() / 100.0) + "元");
        if (s.reserved() > 0) {
            comment.append("；家庭医生转诊预留").append(s.reserved()).append("个");
        }
        if (s.stopped()) {
            comment.append("；已停诊").append(s.stopReason() == null ? "" : "：" + s.stopReason());
        } else if (s.substituteName() != null) {
            comment.append("；替诊医生 ").append(s.substituteName());
        }
        schedule.setComment(comment.toString());
        return schedule;
    }

    // ---- Slot -----------------------------------------------------------------------------------------------

    @GetMapping(
            path = "/Slot/{id}",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(READERS)
    ResponseEntity<String> slot(@PathVariable long id) {
        var row = slots.find(id, referral(users.require()))
                .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_FHIR_SLOT_NOT_FOUND", "号源不存在"));
        return json(slot(row));
    }

    /**
     * Slots by {@code service-type} (诊疗科目 code), {@code start} (a day), {@code status} (free, busy,
     * busy-unavailable) and {@code schedule}; at least a schedule or a service type with a day. Earliest first.
     */
    @GetMapping(
            path = "/Slot",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(READERS)
    ResponseEntity<String> slots(
            @RequestParam(name = "service-type", required = false) @Nullable String serviceType,
            @RequestParam(name = "start", required = false) @Nullable String start,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "schedule", required = false) @Nullable String schedule,
            @RequestParam(name = "schedule.actor", required = false) @Nullable String actor,
            @RequestParam(name = "_count", required = false) @Nullable Integer count) {
        String dept = department(serviceType);
        LocalDate day = start == null ? null : day(start.replaceFirst("^(eq|ge)", ""), "start");
        Long session = schedule == null ? null : id(schedule, "Schedule/", "schedule");
        Long unit = actor == null ? null : id(actor, "Organization/", "schedule.actor");
        if (status != null && !List.of("free", "busy", "busy-unavailable").contains(status)) {
            throw PlatformException.invalidField(
                    "APPOINTMENT_FHIR_SLOT_STATUS", "status", "status 只能是 free、busy 或 busy-unavailable");
        }
        if (session == null && (dept == null || day == null)) {
            throw PlatformException.invalid(
                    "APPOINTMENT_FHIR_SLOT_QUERY", "请指定 schedule，或同时指定 service-type（诊疗科目）和 start（日期）");
        }
        var rows = slots.search(dept, day, session, unit, status, referral(users.require()), count(count));
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        rows.forEach(r -> bundle.addEntry().setFullUrl("Slot/" + r.id()).setResource(slot(r)));
        bundle.setTotal(rows.size());
        return json(bundle);
    }

    private Slot slot(SlotQueries.SlotRow r) {
        var slot = new Slot();
        slot.setId(String.valueOf(r.id()));
        slot.setSchedule(new Reference("Schedule/" + r.sessionId()));
        slot.addServiceType(serviceType(r.departmentCode()));
        slot.setStatus(Slot.SlotStatus.fromCode(r.fhirStatus()));
        slot.setStart(Date.from(r.startsAt()));
        slot.setEnd(Date.from(r.startsAt().plus(Duration.ofMinutes(r.slotMinutes()))));
        slot.setOverbooked(false);
        if (r.reserved()) {
            slot.setComment("家庭医生转诊预留号，就诊前24小时向所有居民开放");
        }
        return slot;
    }

    // ---- Appointment ----------------------------------------------------------------------------------------

    @GetMapping(
            path = "/Appointment/{id}",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(READERS)
    ResponseEntity<String> appointment(@PathVariable long id) {
        var a = bookings.readable(id, users.require());
        audit.record(AuditLog.Action.READ, "appointments_appointment", List.of(id), "GET /fhir/Appointment/" + id);
        return json(appointment(a));
    }

    /** A patient's appointments, newest first (a resident: only their own). */
    @GetMapping(
            path = "/Appointment",
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(READERS)
    ResponseEntity<String> appointments(
            @RequestParam(name = "patient", required = false) @Nullable String patient,
            @RequestParam(name = "_count", required = false) @Nullable Integer count) {
        if (patient == null || patient.isBlank()) {
            throw PlatformException.invalidField("APPOINTMENT_FHIR_PATIENT_REQUIRED", "patient", "请指定 patient 参数");
        }
        CurrentUser user = users.require();
        long residentId = patientInScope(id(patient, "Patient/", "patient"), user);
        var page = bookings.ofResident(residentId, 0, Math.min(count(count), 100));
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        page.items()
                .forEach(a ->
                        bundle.addEntry().setFullUrl("Appointment/" + a.id()).setResource(appointment(a)));
        bundle.setTotal((int) page.total());
        audit.record(
                AuditLog.Action.SEARCH,
                "appointments_appointment",
                page.items().stream().map(Appointment::id).toList(),
                "GET /fhir/Appointment?patient=" + residentId);
        return json(bundle);
    }

    /**
     * Books: an {@code Appointment} with status {@code booked}, one {@code slot} and a {@code Patient} participant.
     * The slot is taken by the booking service's conditional update; every rule of the page applies (real name,
     * limits, suspension, release time, reserved share).
     */
    @PostMapping(
            path = "/Appointment",
            consumes = {FHIR_JSON, "application/json"},
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(READERS)
    ResponseEntity<String> book(@RequestBody String body) {
        var request = parse(body);
        if (request.getStatus() != org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED) {
            throw PlatformException.invalidField("APPOINTMENT_FHIR_INVALID", "status", "预约请求的 status 应为 booked");
        }
        if (request.getSlot().size() != 1) {
            throw PlatformException.invalidField("APPOINTMENT_FHIR_INVALID", "slot", "请指定且只指定一个号源（slot）");
        }
        long slotId = id(request.getSlotFirstRep().getReference(), "Slot/", "slot");
        String patient = request.getParticipant().stream()
                .map(p -> p.getActor().getReference())
                .filter(ref -> ref != null && ref.startsWith("Patient/"))
                .findFirst()
                .orElseThrow(() -> PlatformException.invalidField(
                        "APPOINTMENT_FHIR_INVALID", "participant", "请在 participant 中指定就诊人（Patient/居民编号）"));
        var booked = bookings.book(slotId, id(patient, "Patient/", "participant"), null, users.require());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/fhir/Appointment/" + booked.id())
                .header("Content-Type", FHIR_JSON)
                .body(fhir.newJsonParser().encodeResourceToString(appointment(booked)));
    }

    /**
     * Cancels ({@code status} cancelled, until the cancellation deadline) or checks in ({@code status} arrived, on the
     * day: the queue number comes back in the comment). Nothing else of an appointment changes through FHIR.
     */
    @PutMapping(
            path = "/Appointment/{id}",
            consumes = {FHIR_JSON, "application/json"},
            produces = {FHIR_JSON, "application/json"})
    @PreAuthorize(READERS)
    ResponseEntity<String> update(@PathVariable long id, @RequestBody String body) {
        var request = parse(body);
        if (request.hasIdElement() && !request.getIdElement().getIdPart().equals(String.valueOf(id))) {
            throw PlatformException.invalidField("APPOINTMENT_FHIR_INVALID", "id", "请求体的 id 与地址中的预约编号不一致");
        }
        CurrentUser user = users.require();
        var status = request.getStatus();
        Appointment changed;
        if (status == org.hl7.fhir.r4.model.Appointment.AppointmentStatus.CANCELLED) {
            changed = bookings.cancel(id, user);
        } else if (status == org.hl7.fhir.r4.model.Appointment.AppointmentStatus.ARRIVED
                || status == org.hl7.fhir.r4.model.Appointment.AppointmentStatus.CHECKEDIN) {
            changed = bookings.checkIn(id, user).appointment();
        } else {
            throw PlatformException.invalidField("APPOINTMENT_FHIR_INVALID", "status", "只能取消（cancelled）或到院签到（arrived）");
        }
        return json(appointment(changed));
    }

    private org.hl7.fhir.r4.model.Appointment parse(String body) {
        try {
            return fhir.newJsonParser().parseResource(org.hl7.fhir.r4.model.Appointment.class, body);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw PlatformException.invalid("APPOINTMENT_FHIR_INVALID", "请求体不是合法的 FHIR R4 Appointment");
        }
    }

    private org.hl7.fhir.r4.model.Appointment appointment(Appointment a) {
        var fa = new org.hl7.fhir.r4.model.Appointment();
        fa.setId(String.valueOf(a.id()));
        fa.setStatus(
                switch (a.status()) {
                    case BOOKED -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED;
                    case ATTENDED -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.ARRIVED;
                    case CANCELLED, STOPPED -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.CANCELLED;
                    case NO_SHOW -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.NOSHOW;
                });
        if (a.status() == org.regionalhealth.appointments.AppointmentStatus.STOPPED) {
            fa.setCancelationReason(new CodeableConcept().setText("医生停诊"));
        }
        fa.addServiceType(serviceType(a.departmentCode()));
        fa.setStart(Date.from(a.startsAt()));
        fa.addSlot(new Reference("Slot/" + a.slotId()));
        fa.addBasedOn(new Reference("Schedule/" + a.sessionId()).setDisplay("出诊安排"));
        fa.addParticipant()
                .setActor(new Reference("Patient/" + a.residentId()))
                .setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.ACCEPTED);
        fa.addParticipant()
                .setActor(new Reference().setDisplay(a.unitName() + " " + a.departmentName()))
                .setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.ACCEPTED);
        if (a.doctorName() != null) {
            fa.addParticipant()
                    .setActor(new Reference().setDisplay(a.doctorName()))
                    .setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.ACCEPTED);
        }
        var comment = periodZh(a.period()) + "门诊，挂号费" + String.format("%.2f", a.feeCents() / 100.0) + "元";
        if (a.queueNumber() != null) {
            comment += "；排队号 " + a.queueNumber();
        }
        fa.setComment(comment);
        if (a.priority()) {
            fa.setPriority(1);
        }
        return fa;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** The resident, if the user may see them: a resident only themselves, staff within their scope. */
    private long patientInScope(long residentId, CurrentUser user) {
        if (user.scope().isResidentOnly()) {
            if (user.scope().residentId().orElseThrow() != residentId) {
                throw PlatformException.forbidden("APPOINTMENT_OTHER_RESIDENT", "只能查看本人的预约");
            }
            return residentId;
        }
        return residents
                .find(residentId, user, "GET /fhir/Appointment?patient")
                .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_RESIDENT_NOT_FOUND", "就诊人不存在或不在您的管理范围内"))
                .id();
    }

    private CodeableConcept serviceType(String code) {
        String name = departments.name(code);
        return new CodeableConcept(new Coding(DEPARTMENT_SYSTEM, code, name)).setText(name);
    }

    private @Nullable String department(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String code = token.contains("|") ? token.substring(token.indexOf('|') + 1) : token;
        return departments
                .find(code.strip())
                .map(name -> code.strip())
                .orElseThrow(() -> PlatformException.invalidField(
                        "APPOINTMENT_FHIR_SERVICE_TYPE", "service-type", "诊疗科目代码不在目录中：" + code));
    }

    private static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PlatformException.invalidField("APPOINTMENT_FHIR_DATE", field, field + " 应为日期，例如 2026-12-08");
        }
    }

    private static long id(@Nullable String reference, String prefix, String field) {
        String value = reference == null ? "" : reference.strip();
        if (value.startsWith(prefix)) {
            value = value.substring(prefix.length());
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw PlatformException.invalidField(
                    "APPOINTMENT_FHIR_REFERENCE", field, field + " 应为 " + prefix + "编号，例如 " + prefix + "123");
        }
    }

    private static int count(@Nullable Integer count) {
        if (count == null) {
            return 50;
        }
        if (count < 1 || count > MAX_COUNT) {
            throw PlatformException.invalidField("APPOINTMENT_FHIR_COUNT", "_count", "_count 应在1–" + MAX_COUNT + "之间");
        }
        return count;
    }

    /** Family doctors book the reserved share for their referrals (as on the pages). */
    private static boolean referral(CurrentUser user) {
        return user.role() == Role.STATION_DOCTOR;
    }

    private static String periodZh(SessionPeriod period) {
        return switch (period) {
            case MORNING -> "上午";
            case AFTERNOON -> "下午";
            case EVENING -> "夜间";
            case EMERGENCY -> "急诊";
        };
    }

    private ResponseEntity<String> json(Resource resource) {
        return ResponseEntity.ok()
                .header("Content-Type", FHIR_JSON)
                .body(fhir.newJsonParser().encodeResourceToString(resource));
    }
}
