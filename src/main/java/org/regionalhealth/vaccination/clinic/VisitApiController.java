package org.regionalhealth.vaccination.clinic;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.vaccination.payment.Payment;
import org.regionalhealth.vaccination.record.VaccinationRecords;
import org.regionalhealth.vaccination.schedule.Forecast;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic flow as JSON (RFC 9457 problems with Chinese {@code detail} on refusal): the parent's app books and
 * pays, the nurse's station and scanners drive the rest.
 */
@RestController
@RequestMapping("/api/vaccination")
class VisitApiController {

    private final ClinicFlow flow;
    private final CurrentUsers users;
    private final ScheduleEngine engine;
    private final VaccinationRecords records;
    private final Clock clock;

    private final org.regionalhealth.platform.AuditLog audit;

    VisitApiController(
            ClinicFlow flow,
            CurrentUsers users,
            ScheduleEngine engine,
            VaccinationRecords records,
            Clock clock,
            org.regionalhealth.platform.AuditLog audit) {
        this.audit = audit;
        this.flow = flow;
        this.users = users;
        this.engine = engine;
        this.records = records;
        this.clock = clock;
    }

    record BookingRequest(long residentId, long clinicId, LocalDate day, String session, List<String> products) {}

    record WalkInRequest(long residentId, List<String> products) {}

    record CheckRequest(@Nullable BigDecimal temperature, @Nullable List<PreCheckQuestion> yes) {}

    record ConsentRequest(String signedBy, String signature) {}

    record PaymentRequest(@Nullable String idempotencyKey) {}

    record VaccinationRequest(String product, String traceCode) {}

    record AefiRequest(long recordId, String symptoms, boolean serious) {}

    @PostMapping("/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('RESIDENT','VACCINATION_NURSE','DISTRICT_ADMIN')")
    Visit book(@RequestBody BookingRequest request) {
        return flow.book(
                request.residentId(),
                request.clinicId(),
                request.day(),
                request.session(),
                request.products() == null ? List.of() : request.products(),
                users.require());
    }

    @PostMapping("/visits/walk-in")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('VACCINATION_NURSE')")
    Visit walkIn(@RequestBody WalkInRequest request) {
        return flow.walkIn(
                request.residentId(), request.products() == null ? List.of() : request.products(), users.require());
    }

    @GetMapping("/visits/{id}")
    @PreAuthorize("hasAnyRole('RESIDENT','VACCINATION_NURSE','DISTRICT_ADMIN')")
    Visit visit(@PathVariable long id) {
        return flow.get(id, users.require());
    }

    @PostMapping("/visits/{id}/arrival")
    @PreAuthorize("hasAnyRole('VACCINATION_NURSE','DISTRICT_ADMIN')")
    Visit arrive(@PathVariable long id) {
        return flow.arrive(id, users.require());
    }

    @PostMapping("/visits/{id}/check")
    @PreAuthorize("hasAnyRole('VACCINATION_NURSE','DISTRICT_ADMIN')")
    ClinicFlow.CheckOutcome check(@PathVariable long id, @RequestBody CheckRequest request) {
        var yes = request.yes() == null || request.yes().isEmpty()
                ? EnumSet.noneOf(PreCheckQuestion.class)
                : EnumSet.copyOf(request.yes());
        return flow.check(id, request.temperature(), yes, users.require());
    }

    @PostMapping("/visits/{id}/consent")
    @PreAuthorize("hasAnyRole('VACCINATION_NURSE','DISTRICT_ADMIN')")
    Visit consent(@PathVariable long id, @RequestBody ConsentRequest request) {
        return flow.consent(id, nullToEmpty(request.signedBy()), nullToEmpty(request.signature()), users.require());
    }

    /** Pays; the key comes from the {@code Idempotency-Key} header or the body, and a retry returns the first payment. */
    @PostMapping("/visits/{id}/payments")
    @PreAuthorize("hasAnyRole('RESIDENT','VACCINATION_NURSE','DISTRICT_ADMIN')")
    Payment pay(
            @PathVariable long id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String header,
            @RequestBody(required = false) @Nullable PaymentRequest request) {
        String key = header != null ? header : request == null ? null : request.idempotencyKey();
        if (key == null || key.isBlank()) {
            throw PlatformException.invalidField(
                    "VACCINATION_PAYMENT_KEY", "idempotencyKey", "缺少支付请求编号（Idempotency-Key）");
        }
        return flow.pay(id, key, users.require());
    }

    @PostMapping("/visits/{id}/vaccinations")
    @PreAuthorize("hasAnyRole('VACCINATION_NURSE')")
    Visit administer(@PathVariable long id, @RequestBody VaccinationRequest request) {
        return flow.administer(id, nullToEmpty(request.product()), nullToEmpty(request.traceCode()), users.require());
    }

    @PostMapping("/visits/{id}/release")
    @PreAuthorize("hasAnyRole('VACCINATION_NURSE','DISTRICT_ADMIN')")
    Visit release(@PathVariable long id) {
        return flow.release(id, users.require());
    }

    @PostMapping("/visits/{id}/cancel")
    @PreAuthorize("hasAnyRole('RESIDENT','VACCINATION_NURSE','DISTRICT_ADMIN')")
    Visit cancel(@PathVariable long id) {
        return flow.cancel(id, users.require());
    }

    @PostMapping("/aefi")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('VACCINATION_NURSE')")
    Map<String, Long> aefi(@RequestBody AefiRequest request) {
        return Map.of(
                "id", flow.reportAefi(request.recordId(), request.symptoms(), request.serious(), users.require()));
    }

    @GetMapping("/people/{id}/forecast")
    @PreAuthorize("hasAnyRole('RESIDENT','VACCINATION_NURSE','DISTRICT_ADMIN','STATION_DOCTOR','HOSPITAL_DOCTOR')")
    Forecast forecast(@PathVariable long id) {
        var person = flow.personFor(id, users.require());
        var forecast = engine.forecast(person.birthDate(), person.sex(), records.doses(id), LocalDate.now(clock));
        // the forecast is built from the person's vaccination record: audited like the record (issue 15 audit walk)
        audit.record(
                org.regionalhealth.platform.AuditLog.Action.READ,
                "resident",
                java.util.List.of(id),
                "GET /api/vaccination/people/" + id + "/forecast");
        return forecast;
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
