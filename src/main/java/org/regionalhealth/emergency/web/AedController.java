package org.regionalhealth.emergency.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.emergency.NearbyAed;
import org.regionalhealth.emergency.NearestAeds;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public phone page {@code /aed} (no login): a schematic map of the district's AEDs and, for a position given as
 * {@code ?lat=&lng=} (from the phone's location or a tap on the map), the five nearest AEDs open now.
 */
@Controller
class AedController {

    static final int SHOWN = 5;

    private final NearestAeds nearestAeds;
    private final AedRegistry registry;
    private final Organizations organizations;
    private final Clock clock;

    AedController(NearestAeds nearestAeds, AedRegistry registry, Organizations organizations, Clock clock) {
        this.nearestAeds = nearestAeds;
        this.registry = registry;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** A tile on the resident's phone home and a link for everyone. */
    @Bean
    static NavigationItem aedNavigation() {
        return new NavigationItem("emergency.nav.aed", "/aed", MenuSection.RESIDENT_SERVICES, Set.of());
    }

    record Row(NearbyAed nearby, String access) {}

    @GetMapping("/aed")
    String page(
            @RequestParam(required = false) @Nullable String lat,
            @RequestParam(required = false) @Nullable String lng,
            Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        model.addAttribute("now", now);
        model.addAttribute("walking", nearestAeds.walkingModel());
        model.addAttribute("hasPosition", false);
        if (lat != null && lng != null && !lat.isBlank() && !lng.isBlank()) {
            try {
                double la = Double.parseDouble(lat.strip());
                double ln = Double.parseDouble(lng.strip());
                List<Row> rows = nearestAeds.nearest(la, ln, now, SHOWN).stream()
                        .map(n -> new Row(n, n.aed().hours().describe(locale)))
                        .toList();
                model.addAttribute("rows", rows);
                model.addAttribute("hasPosition", true);
                model.addAttribute("here", "[" + la + "," + ln + "]");
                model.addAttribute(
                        "nearest",
                        rows.stream()
                                .map(r -> "[" + r.nearby().aed().lat() + ","
                                        + r.nearby().aed().lng() + "]")
                                .collect(java.util.stream.Collectors.joining(",", "[", "]")));
            } catch (NumberFormatException e) {
                model.addAttribute("positionError", "emergency.aed.position.invalid");
            } catch (PlatformException e) {
                model.addAttribute("positionError", "emergency.aed.position.invalid");
            }
        }
        model.addAttribute("points", points(now));
        model.addAttribute("towns", towns());
        return "emergency/aed";
    }

    /** [[lat, lng, 1 when open now else 0], …] of every AED in service. */
    private String points(LocalDateTime now) {
        var json = new StringBuilder("[");
        for (var a : registry.all()) {
            if (a.status() != AedStatus.IN_SERVICE) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('[')
                    .append(a.lat())
                    .append(',')
                    .append(a.lng())
                    .append(',')
                    .append(a.availableAt(now) ? 1 : 0)
                    .append(']');
        }
        return json.append(']').toString();
    }

    private String towns() {
        var json = new StringBuilder("[");
        for (var t : organizations.towns()) {
            if (t.lat() == null || t.lng() == null) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"name\":\"")
                    .append(t.name().replace("\"", ""))
                    .append("\",\"lat\":")
                    .append(t.lat())
                    .append(",\"lng\":")
                    .append(t.lng())
                    .append('}');
        }
        return json.append(']').toString();
    }
}
