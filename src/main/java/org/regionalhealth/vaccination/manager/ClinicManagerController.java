package org.regionalhealth.vaccination.manager;

import java.math.BigDecimal;
import java.util.Set;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.vaccination.stock.Stock;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic manager's page: stock by lot (first expiry first), fridge temperatures with quarantine, AEFI reports. */
@Controller
@PreAuthorize("hasRole('VACCINATION_NURSE')")
class ClinicManagerController {

    private final Stock stock;
    private final JdbcClient jdbc;
    private final CurrentUsers users;

    ClinicManagerController(Stock stock, JdbcClient jdbc, CurrentUsers users) {
        this.stock = stock;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Bean
    static NavigationItem clinicLink() {
        return new NavigationItem(
                "vaccination.nav.clinic",
                "/vaccination/clinic",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.VACCINATION_NURSE));
    }

    /** An AEFI row for the page. */
    record Aefi(
            long id,
            String product,
            String lotNumber,
            String symptoms,
            boolean serious,
            String caseState,
            java.time.Instant reportedAt) {}

    @GetMapping("/vaccination/clinic")
    String page(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int aefiPage, Model model) {
        var user = users.require();
        model.addAttribute("lots", stock.lots(user.unitId(), Math.max(0, page), 15));
        model.addAttribute("readings", stock.temperatures(user.unitId(), 20));
        int size = 10;
        int ap = Math.max(0, aefiPage);
        long aefiTotal = jdbc.sql("select count(*) from vaccination_aefi where clinic_path like ?")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        model.addAttribute(
                "aefis",
                jdbc.sql(
                                """
                        select a.id, a.product, l.lot_number, a.symptoms, a.serious, a.case_state, a.reported_at
                        from vaccination_aefi a left join vaccination_lot l on l.id = a.lot_id
                        where a.clinic_path like ? order by a.reported_at desc, a.id desc limit ? offset ?""")
                        .params(user.scope().likePattern(), size, (long) ap * size)
                        .query((rs, n) -> new Aefi(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBoolean(5),
                                rs.getString(6),
                                rs.getTimestamp(7).toInstant()))
                        .list());
        model.addAttribute("aefiPage", ap);
        model.addAttribute("aefiTotal", aefiTotal);
        model.addAttribute("aefiPages", (aefiTotal + size - 1) / size);
        model.addAttribute("page", Math.max(0, page));
        return "vaccination/clinic";
    }

    @PostMapping("/vaccination/clinic/temperature")
    String temperature(
            @RequestParam(defaultValue = "1号冰箱") String fridge,
            @RequestParam(defaultValue = "") String celsius,
            RedirectAttributes redirect) {
        var user = users.require();
        try {
            BigDecimal value;
            try {
                value = new BigDecimal(celsius.trim());
            } catch (NumberFormatException e) {
                throw PlatformException.invalidField("VACCINATION_TEMPERATURE_INVALID", "celsius", "请填写温度（℃）");
            }
            var reading = stock.recordTemperature(user.unitId(), fridge, value, user.username());
            redirect.addFlashAttribute(reading.outOfRange() ? "quarantined" : "recorded", reading.quarantined());
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vaccination/clinic";
    }

    @PostMapping("/vaccination/clinic/lots/{id}/release")
    String release(@PathVariable long id) {
        var user = users.require();
        stock.release(id, user.unitId(), user.username());
        return "redirect:/vaccination/clinic";
    }
}
