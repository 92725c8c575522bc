package org.regionalhealth.vaccination.station;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.vaccination.VaccinationProperties;
import org.regionalhealth.vaccination.clinic.ClinicFlow;
import org.regionalhealth.vaccination.clinic.PreCheckQuestion;
import org.regionalhealth.vaccination.clinic.Visit;
import org.regionalhealth.vaccination.payment.Payments;
import org.regionalhealth.vaccination.people.People;
import org.regionalhealth.vaccination.people.Person;
import org.regionalhealth.vaccination.record.VaccinationRecords;
import org.regionalhealth.vaccination.schedule.DoseForecast;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.stock.Lot;
import org.regionalhealth.vaccination.stock.Stock;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The nurse's station (接种台): today's queue at the clinic and, for the selected person, the next step of the flow —
 * arrival, the pre-vaccination check, consent signed on the screen, payment at the desk, the scan of the
 * traceability code (the scanner types the code and Enter), the observation timer with call-back and the AEFI report.
 * Every step is a plain form, usable from the keyboard.
 */
@Controller
@PreAuthorize("hasRole('VACCINATION_NURSE')")
class StationController {

    private final ClinicFlow flow;
    private final People people;
    private final VaccinationRecords records;
    private final ScheduleEngine engine;
    private final Stock stock;
    private final Payments payments;
    private final VaccinationProperties properties;
    private final CurrentUsers users;
    private final Clock clock;

    StationController(
            ClinicFlow flow,
            People people,
            VaccinationRecords records,
            ScheduleEngine engine,
            Stock stock,
            Payments payments,
            VaccinationProperties properties,
            CurrentUsers users,
            Clock clock) {
        this.flow = flow;
        this.people = people;
        this.records = records;
        this.engine = engine;
        this.stock = stock;
        this.payments = payments;
        this.properties = properties;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem stationLink() {
        return new NavigationItem(
                "vaccination.nav.station",
                "/vaccination/station",
                MenuSection.CLINICAL,
                Set.of(Role.VACCINATION_NURSE));
    }

    record Row(Visit visit, Person person, String age) {}

    @GetMapping("/vaccination/station")
    String page(@RequestParam(required = false) @Nullable Long visit, Model model) {
        var user = users.require();
        var today = LocalDate.now(clock);
        var queue = flow.queue(user.unitId(), today, user);
        var rows = queue.stream()
                .map(v -> {
                    var p = people.find(v.residentId()).orElseThrow();
                    return new Row(v, p, p.ageText(today));
                })
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("questions", PreCheckQuestion.values());
        Row selected = visit == null
                ? null
                : rows.stream().filter(r -> r.visit().id() == visit).findFirst().orElseGet(() -> {
                    var v = flow.get(visit, user);
                    var p = people.find(v.residentId()).orElseThrow();
                    return new Row(v, p, p.ageText(today));
                });
        model.addAttribute("selected", selected);
        if (selected != null) {
            var v = selected.visit();
            model.addAttribute("paid", payments.paidFor(v.id()).isPresent());
            model.addAttribute("payKey", "desk-" + v.id() + "-" + UUID.randomUUID());
            Map<String, Lot> fefo = new HashMap<>();
            v.items().forEach(i -> stock.pick(v.clinicId(), i.product()).ifPresent(l -> fefo.put(i.product(), l)));
            model.addAttribute("fefo", fefo);
            model.addAttribute(
                    "toGive", v.items().stream().filter(i -> !i.given()).toList());
            model.addAttribute(
                    "given",
                    records.of(v.residentId()).stream()
                            .filter(e -> e.givenOn().equals(today) && e.lotNumber() != null)
                            .toList());
            model.addAttribute("feverFrom", properties.feverFrom());
        }
        return "vaccination/station";
    }

    @PostMapping("/vaccination/station/walk-in")
    String walkIn(@RequestParam String idNumber, RedirectAttributes redirect) {
        var user = users.require();
        return step(redirect, null, () -> {
            var person = people.byIdNumber(idNumber)
                    .orElseThrow(() ->
                            PlatformException.invalidField("VACCINATION_PERSON_NOT_FOUND", "idNumber", "查无此身份证号，请核对"));
            var forecast =
                    engine.forecast(person.birthDate(), person.sex(), records.doses(person.id()), LocalDate.now(clock));
            var plan = engine.plan(forecast, properties.maxInjectionsPerVisit());
            var products =
                    plan.today().stream().map(DoseForecast::product).distinct().toList();
            if (products.isEmpty()) {
                throw PlatformException.invalidField(
                        "VACCINATION_NOTHING_DUE", "idNumber", person.name() + "今天没有应种的免疫规划疫苗");
            }
            return flow.walkIn(person.id(), products, user).id();
        });
    }

    @PostMapping("/vaccination/station/{visit}/arrive")
    String arrive(@PathVariable long visit, RedirectAttributes redirect) {
        return step(redirect, visit, () -> flow.arrive(visit, users.require()).id());
    }

    @PostMapping("/vaccination/station/{visit}/check")
    String check(
            @PathVariable long visit,
            @RequestParam(defaultValue = "") String temperature,
            @RequestParam(required = false) @Nullable List<PreCheckQuestion> yes,
            RedirectAttributes redirect) {
        return step(redirect, visit, () -> {
            BigDecimal t;
            try {
                t = new BigDecimal(temperature.trim());
            } catch (NumberFormatException e) {
                throw PlatformException.invalidField(
                        "VACCINATION_TEMPERATURE_INVALID", "temperature", "请填写腋下体温（34～43 ℃）");
            }
            var outcome = flow.check(
                    visit,
                    t,
                    yes == null || yes.isEmpty() ? EnumSet.noneOf(PreCheckQuestion.class) : EnumSet.copyOf(yes),
                    users.require());
            if (!outcome.deferrals().isEmpty()) {
                redirect.addFlashAttribute("deferrals", outcome.deferrals());
            }
            return visit;
        });
    }

    @PostMapping("/vaccination/station/{visit}/consent")
    String consent(
            @PathVariable long visit,
            @RequestParam(defaultValue = "") String signedBy,
            @RequestParam(defaultValue = "") String signature,
            RedirectAttributes redirect) {
        return step(redirect, visit, () -> flow.consent(visit, signedBy, signature, users.require())
                .id());
    }

    @PostMapping("/vaccination/station/{visit}/pay")
    String pay(@PathVariable long visit, @RequestParam String idempotencyKey, RedirectAttributes redirect) {
        return step(redirect, visit, () -> flow.pay(visit, idempotencyKey, users.require())
                .visitId());
    }

    @PostMapping("/vaccination/station/{visit}/scan")
    String scan(
            @PathVariable long visit,
            @RequestParam(defaultValue = "") String product,
            @RequestParam(defaultValue = "") String traceCode,
            RedirectAttributes redirect) {
        return step(redirect, visit, () -> flow.administer(visit, product, traceCode, users.require())
                .id());
    }

    @PostMapping("/vaccination/station/{visit}/release")
    String release(@PathVariable long visit, RedirectAttributes redirect) {
        return step(redirect, visit, () -> flow.release(visit, users.require()).id());
    }

    @PostMapping("/vaccination/station/{visit}/aefi")
    String aefi(
            @PathVariable long visit,
            @RequestParam long recordId,
            @RequestParam(defaultValue = "") String symptoms,
            @RequestParam(defaultValue = "false") boolean serious,
            RedirectAttributes redirect) {
        return step(redirect, visit, () -> {
            flow.reportAefi(recordId, symptoms, serious, users.require());
            redirect.addFlashAttribute("aefiReported", true);
            return visit;
        });
    }

    interface Step {
        long run();
    }

    private String step(RedirectAttributes redirect, @Nullable Long visit, Step step) {
        try {
            long id = step.run();
            return "redirect:/vaccination/station?visit=" + id;
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return visit == null ? "redirect:/vaccination/station" : "redirect:/vaccination/station?visit=" + visit;
        }
    }
}
