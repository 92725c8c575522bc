package org.regionalhealth.emergency.registry;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Distance;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * FHIR R4 {@code Location} for every registered AED (dispatch systems, map apps): read, and search with the standard
 * {@code near} parameter ({@code near=latitude|longitude|distance|unit}, FHIR R4 Location search, "near": units are
 * UCUM, kilometres when omitted; the server's default distance when the distance is omitted). Results are ordered
 * by distance and carry it in {@code Bundle.entry.search} as the standard extension {@code location-distance}.
 * Optional {@code status} (active | suspended | inactive) and {@code _count} (1..200, default 20). Any signed-in
 * account may search: the registry holds public buildings and their switchboards, no personal data.
 */
@RestController
@RequestMapping("/fhir")
@PreAuthorize("isAuthenticated()")
class AedFhirApiController {

    static final String FHIR_JSON = "application/fhir+json";
    static final String DISTANCE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/location-distance";
    static final String SERIAL_SYSTEM = "https://rhp.xiaoshan.gov.cn/fhir/NamingSystem/aed-serial";
    static final double DEFAULT_KM = 5.0;
    static final double MAX_KM = 100.0;

    private final AedRegistry registry;
    private final Labels labels;
    private final Clock clock;
    private final FhirContext fhir = FhirContext.forR4Cached();

    AedFhirApiController(AedRegistry registry, Labels labels, Clock clock) {
        this.registry = registry;
        this.labels = labels;
        this.clock = clock;
    }

    /** A parsed {@code near} parameter: centre and radius in kilometres. */
    record Near(double lat, double lng, double km) {

        /**
         * @throws PlatformException {@code FHIR_NEAR_INVALID} with the bad part named
         */
        static Near parse(String value) {
            String[] p = value.split("\\|", -1);
            var errors = new LinkedHashMap<String, String>();
            if (p.length < 2 || p.length > 4) {
                throw PlatformException.invalidField(
                        "FHIR_NEAR_INVALID", "near", "near 应为 纬度|经度|距离|单位，如 30.16|120.26|2|km");
            }
            double lat = part(p[0], "latitude", -90, 90, errors);
            double lng = part(p[1], "longitude", -180, 180, errors);
            double distance =
                    p.length > 2 && !p[2].isBlank() ? part(p[2], "distance", 0, Double.MAX_VALUE, errors) : -1;
            String unit = p.length > 3 && !p[3].isBlank() ? p[3].strip() : "km";
            double factor =
                    switch (unit) {
                        case "km" -> 1.0;
                        case "m" -> 0.001;
                        case "mi_us", "[mi_i]" -> 1.609344;
                        default -> {
                            errors.put("unit", "距离单位应为 UCUM 的 km、m 或 [mi_i]");
                            yield 1.0;
                        }
                    };
            if (!errors.isEmpty()) {
                throw new PlatformException(
                        HttpStatus.BAD_REQUEST,
                        "FHIR_NEAR_INVALID",
                        "near 参数有误：" + String.join("；", errors.values()),
                        errors);
            }
            double km = distance < 0 ? DEFAULT_KM : distance * factor;
            if (km > MAX_KM) {
                throw PlatformException.invalidField(
                        "FHIR_NEAR_INVALID", "distance", "搜索半径不能超过 " + (int) MAX_KM + " 公里");
            }
            return new Near(lat, lng, km);
        }

        private static double part(
                String s, String name, double min, double max, LinkedHashMap<String, String> errors) {
            try {
                double d = Double.parseDouble(s.strip());
                if (!Double.isFinite(d) || d < min || d > max) {
                    errors.put(name, name + " 超出范围");
                }
                return d;
            } catch (NumberFormatException e) {
                errors.put(name, name + " 应为数字");
                return 0;
            }
        }
    }

    @GetMapping(
            path = "/Location",
            produces = {FHIR_JSON, "application/json"})
    ResponseEntity<String> search(
            @RequestParam(required = false) @Nullable String near,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(name = "_count", defaultValue = "20") int count) {
        if (count < 1 || count > 200) {
            throw PlatformException.invalidField("FHIR_COUNT_INVALID", "_count", "_count 应在 1 到 200 之间");
        }
        Location.LocationStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = Location.LocationStatus.fromCode(status.strip());
            } catch (Exception e) {
                throw PlatformException.invalidField(
                        "FHIR_STATUS_INVALID", "status", "status 应为 active、suspended 或 inactive");
            }
        }
        Near centre = near == null || near.isBlank() ? null : Near.parse(near);
        record Hit(Aed aed, double km) {}
        var hits = new ArrayList<Hit>();
        for (Aed a : registry.all()) {
            if (wanted != null && status(a) != wanted) {
                continue;
            }
            double km = centre == null
                    ? -1
                    : AedSearch.haversineMeters(centre.lat(), centre.lng(), a.lat(), a.lng()) / 1000.0;
            if (centre != null && km > centre.km()) {
                continue;
            }
            hits.add(new Hit(a, km));
        }
        hits.sort(
                centre == null
                        ? Comparator.comparingLong(h -> h.aed().id())
                        : Comparator.comparingDouble(Hit::km)
                                .thenComparingLong(h -> h.aed().id()));
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(hits.size());
        for (Hit h : hits.subList(0, Math.min(count, hits.size()))) {
            var entry = bundle.addEntry().setFullUrl("Location/" + h.aed().id()).setResource(location(h.aed()));
            entry.getSearch().setMode(Bundle.SearchEntryMode.MATCH);
            if (centre != null) {
                var d = new Distance();
                d.setValue(Math.round(h.km() * 1000.0) / 1000.0);
                d.setUnit("km").setSystem("http://unitsofmeasure.org").setCode("km");
                entry.getSearch().addExtension(new Extension(DISTANCE_EXTENSION, d));
            }
        }
        return json(bundle);
    }

    @GetMapping(
            path = "/Location/{id}",
            produces = {FHIR_JSON, "application/json"})
    ResponseEntity<String> read(@PathVariable long id) {
        var aed = registry.find(id).orElseThrow(() -> PlatformException.notFound("AED_NOT_FOUND", "未找到该AED位置"));
        return json(location(aed));
    }

    static Location.LocationStatus status(Aed a) {
        return switch (a.status()) {
            case IN_SERVICE -> Location.LocationStatus.ACTIVE;
            case MAINTENANCE -> Location.LocationStatus.SUSPENDED;
            case RETIRED -> Location.LocationStatus.INACTIVE;
        };
    }

    private Location location(Aed a) {
        var loc = new Location();
        loc.setId(String.valueOf(a.id()));
        loc.setStatus(status(a));
        loc.setMode(Location.LocationMode.INSTANCE);
        loc.addIdentifier().setSystem(SERIAL_SYSTEM).setValue(a.serialNumber());
        loc.setName(a.building() + " AED");
        loc.setDescription(a.floor() + " · " + a.location() + " · " + a.hours().describe(Locale.SIMPLIFIED_CHINESE)
                + " · " + a.model() + (a.usableOn(LocalDate.now(clock)) ? "" : " · 电极片或电池已过期，暂不可用"));
        loc.addType(new CodeableConcept().setText(labels.of(a.buildingType(), Locale.SIMPLIFIED_CHINESE)));
        loc.getPhysicalType()
                .addCoding(new Coding("http://terminology.hl7.org/CodeSystem/location-physical-type", "si", "Site"));
        loc.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(a.contactPhone());
        loc.getAddress().setDistrict("萧山区").setCity("杭州市").setState("浙江省").addLine(a.building() + " " + a.floor());
        loc.getPosition().setLatitudeElement(new DecimalType(a.lat())).setLongitudeElement(new DecimalType(a.lng()));
        loc.setManagingOrganization(new Reference().setDisplay(a.owner()));
        if (a.hours().always()) {
            var h = loc.addHoursOfOperation().setAllDay(true);
            for (var day : Location.DaysOfWeek.values()) {
                if (day != Location.DaysOfWeek.NULL) {
                    h.addDaysOfWeek(day);
                }
            }
        } else {
            for (var i : a.hours().intervals()) {
                loc.addHoursOfOperation()
                        .addDaysOfWeek(Location.DaysOfWeek.values()[i.day().getValue() - 1])
                        .setOpeningTime(hhmm(i.opensMinute()))
                        .setClosingTime(i.closesMinute() >= 1440 ? "23:59:59" : hhmm(i.closesMinute()));
            }
        }
        return loc;
    }

    private static String hhmm(int minute) {
        return "%02d:%02d:00".formatted(minute / 60, minute % 60);
    }

    private ResponseEntity<String> json(org.hl7.fhir.r4.model.Resource resource) {
        return ResponseEntity.ok()
                .header("Content-Type", FHIR_JSON)
                .body(fhir.newJsonParser().encodeResourceToString(resource));
    }
}
