package org.regionalhealth.emergency.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.regionalhealth.emergency.NearbyAed;
import org.regionalhealth.emergency.NearestAeds;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public (no login): the nearest AEDs open now. Holds no personal data (devices, public buildings and their
 * owners' switchboard numbers), so reads are not audited.
 */
@RestController
@RequestMapping("/api/emergency/aeds")
class AedApiController {

    record Item(
            long id,
            String building,
            String buildingType,
            String floor,
            String location,
            double lat,
            double lng,
            long distanceMeters,
            int walkingMinutes,
            boolean roundTheClock,
            String access,
            String owner,
            String contactPhone) {}

    record WalkingModel(double detourFactor, double metresPerSecond) {}

    record Answer(LocalDateTime at, WalkingModel walkingModel, List<Item> items) {}

    private final NearestAeds nearestAeds;
    private final Clock clock;
    private final org.regionalhealth.platform.Labels labels;

    AedApiController(NearestAeds nearestAeds, Clock clock, org.regionalhealth.platform.Labels labels) {
        this.nearestAeds = nearestAeds;
        this.clock = clock;
        this.labels = labels;
    }

    @GetMapping("/nearest")
    Answer nearest(@RequestParam double lat, @RequestParam double lng, @RequestParam(defaultValue = "5") int k) {
        var at = LocalDateTime.now(clock).withSecond(0).withNano(0);
        var locale = LocaleContextHolder.getLocale();
        var model = nearestAeds.walkingModel();
        var items = nearestAeds.nearest(lat, lng, at, k).stream()
                .map(n -> item(n, locale))
                .toList();
        return new Answer(at, new WalkingModel(model.detourFactor(), model.walkingSpeed()), items);
    }

    private Item item(NearbyAed n, java.util.Locale locale) {
        var a = n.aed();
        return new Item(
                a.id(),
                a.building(),
                labels.of(a.buildingType()),
                a.floor(),
                a.location(),
                a.lat(),
                a.lng(),
                Math.round(n.distanceMeters()),
                n.walkingMinutes(),
                a.hours().always(),
                a.hours().describe(locale),
                a.owner(),
                a.contactPhone());
    }
}
