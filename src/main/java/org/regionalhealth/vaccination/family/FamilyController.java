package org.regionalhealth.vaccination.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.vaccination.clinic.ClinicFlow;
import org.regionalhealth.vaccination.clinic.Visit;
import org.regionalhealth.vaccination.clinic.VisitState;
import org.regionalhealth.vaccination.payment.Payments;
import org.regionalhealth.vaccination.people.People;
import org.regionalhealth.vaccination.people.Person;
import org.regionalhealth.vaccination.record.VaccinationRecords;
import org.regionalhealth.vaccination.schedule.DoseForecast;
import org.regionalhealth.vaccination.schedule.DoseStatus;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The parent's phone (宝宝接种): each child (and the parent) with what is due and next, booking a clinic half-day
 * with the vaccines chosen (free programme doses and priced self-paid ones), paying, the visits and the electronic
 * vaccination certificate.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class FamilyController {

    private final People people;
    private final VaccinationRecords records;
    private final ScheduleEngine engine;
    private final ClinicFlow flow;
    private final Payments payments;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    FamilyController(
            People people,
            VaccinationRecords records,
            ScheduleEngine engine,
            ClinicFlow flow,
            Payments payments,
            Organizations organizations,
            CurrentUsers users,
            AuditLog audit,
            Clock clock) {
        this.people = people;
        this.records = records;
        this.engine = engine;
        this.flow = flow;
        this.payments = payments;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem familyVaccinationLink() {
        return new NavigationItem(
                "vaccination.nav.family", "/vaccination/family", MenuSection.RESIDENT_SERVICES, Set.of(Role.RESIDENT));
    }

    /** A person on the page: facts, forecast items to show, visits, certificate. */
    record Member(
            Person person,
            String age,
            List<DoseForecast> due,
            List<DoseForecast> upcoming,
            List<DoseForecast> optional,
            List<Visit> visits,
            List<VaccinationRecords.Entry> certificate) {}

    @GetMapping("/vaccination/family")
    String page(@RequestParam(required = false) @Nullable Long child, Model model) {
        var user = users.require();
        var members = members(user);
        var selected = members.stream()
                .filter(m -> child == null || m.person().id() == child)
                .findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
        model.addAttribute("members", members);
        model.addAttribute("selected", selected);
        if (selected != null) {
            audit.record(
                    AuditLog.Action.READ,
                    "vaccination_record",
                    List.of(selected.person().id()),
                    "宝宝接种（居民端）");
            fillBooking(
                    model,
                    selected,
                    new Booking(null, LocalDate.now(clock).plusDays(1).toString(), "AM", List.of()),
                    Map.of());
        }
        return "vaccination/family";
    }

    record Booking(@Nullable Long clinicId, String day, String session, List<String> products) {}

    @PostMapping("/vaccination/family/{child}/book")
    String book(
            @PathVariable long child,
            @RequestParam(required = false) @Nullable Long clinicId,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "AM") String session,
            @RequestParam(required = false) @Nullable List<String> products,
            Model model) {
        var user = users.require();
        var booking = new Booking(clinicId, day, session, products == null ? List.of() : products);
        try {
            LocalDate date;
            try {
                date = LocalDate.parse(day);
            } catch (java.time.format.DateTimeParseException e) {
                throw PlatformException.invalidField("VACCINATION_BOOKING_INVALID", "day", "请选择预约日期");
            }
            var visit = flow.book(child, clinicId == null ? -1 : clinicId, date, session, booking.products(), user);
            return "redirect:/vaccination/family?child=" + child + "&booked=" + visit.id();
        } catch (PlatformException e) {
            var members = members(user);
            var selected = members.stream()
                    .filter(m -> m.person().id() == child)
                    .findFirst()
                    .orElseThrow();
            model.addAttribute("members", members);
            model.addAttribute("selected", selected);
            model.addAttribute("error", e.getMessage());
            fillBooking(model, selected, booking, e.fieldErrors());
            return "vaccination/family";
        }
    }

    @PostMapping("/vaccination/family/visits/{visit}/pay")
    String pay(@PathVariable long visit, @RequestParam String idempotencyKey) {
        var user = users.require();
        var v = flow.get(visit, user);
        flow.pay(visit, idempotencyKey, user);
        return "redirect:/vaccination/family?child=" + v.residentId() + "&paid=" + visit;
    }

    @PostMapping("/vaccination/family/visits/{visit}/cancel")
    String cancel(@PathVariable long visit) {
        var user = users.require();
        var v = flow.cancel(visit, user);
        return "redirect:/vaccination/family?child=" + v.residentId() + "&cancelled=" + visit;
    }

    private void fillBooking(Model model, Member member, Booking booking, Map<String, String> errors) {
        var clinics = clinics();
        var town = member.person().divisionCode().substring(0, 9);
        Long clinicId = booking.clinicId() != null
                ? booking.clinicId()
                : clinics.stream()
                        .filter(c -> c.divisionCode().startsWith(town))
                        .map(Unit::id)
                        .findFirst()
                        .orElse(null);
        model.addAttribute("clinics", clinics);
        model.addAttribute("booking", new Booking(clinicId, booking.day(), booking.session(), booking.products()));
        model.addAttribute("errors", errors);
        var today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("lastDay", today.plusDays(30));
        // choices: the programme doses due and the self-paid ones the person may have, with their price
        var choices = new LinkedHashMap<String, DoseForecast>();
        member.due().forEach(d -> choices.putIfAbsent(d.product(), d));
        member.optional().forEach(d -> choices.putIfAbsent(d.product(), d));
        model.addAttribute("choices", new ArrayList<>(choices.values()));
        model.addAttribute("prices", engine.rules().vaccines());
        model.addAttribute("payKey", UUID.randomUUID().toString());
        model.addAttribute(
                "paidVisits",
                member.visits().stream()
                        .filter(v -> payments.paidFor(v.id()).isPresent())
                        .map(Visit::id)
                        .toList());
    }

    private List<Member> members(CurrentUser user) {
        long self = user.scope()
                .residentId()
                .orElseThrow(() -> PlatformException.forbidden("VACCINATION_FORBIDDEN", "仅居民可用"));
        var list = new ArrayList<Person>(people.childrenOf(self));
        people.find(self).ifPresent(list::add);
        var today = LocalDate.now(clock);
        return list.stream()
                .map(p -> {
                    var forecast = engine.forecast(p.birthDate(), p.sex(), records.doses(p.id()), today);
                    var due = forecast.items().stream()
                            .filter(d -> d.programme() && d.actionable())
                            .toList();
                    var upcoming = forecast.items().stream()
                            .filter(d -> d.programme() && d.status() == DoseStatus.UPCOMING && d.next())
                            .sorted(java.util.Comparator.comparing(DoseForecast::earliest))
                            .limit(4)
                            .toList();
                    var optional = forecast.items().stream()
                            .filter(d -> !d.programme() && d.status() == DoseStatus.DUE)
                            .toList();
                    var visits = flow.visitsOf(p.id(), user).stream()
                            .filter(v -> v.state() != VisitState.CANCELLED)
                            .toList();
                    return new Member(p, p.ageText(today), due, upcoming, optional, visits, records.of(p.id()));
                })
                .toList();
    }

    private List<Unit> clinics() {
        var root = organizations.root();
        return organizations
                .search(
                        new UnitQuery(UnitType.VACCINATION_CLINIC, null, null, null),
                        new DataScope(root.id(), root.path(), java.util.Optional.empty()),
                        0,
                        100)
                .items();
    }
}
