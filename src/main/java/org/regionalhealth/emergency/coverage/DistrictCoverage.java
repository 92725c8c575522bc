package org.regionalhealth.emergency.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.regionalhealth.emergency.AmbulanceStations;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.stereotype.Service;

/**
 * The district's coverage: the 120 stations, the villages and communities as population points (a town's
 * registered residents shared equally among its villages; a village's position is schematic — placed
 * deterministically within about 3 km of its town's centre, because no village coordinates exist offline), and the
 * travel model of {@code rhp.emergency.ambulance}.
 */
@Service
class DistrictCoverage {

    static final int[] LIMITS = {5, 10, 15};

    private final AmbulanceStations stations;
    private final Organizations organizations;
    private final ResidentIndex residents;
    private final EmergencyProperties properties;

    DistrictCoverage(
            AmbulanceStations stations,
            Organizations organizations,
            ResidentIndex residents,
            EmergencyProperties properties) {
        this.stations = stations;
        this.organizations = organizations;
        this.residents = residents;
        this.properties = properties;
    }

    CoverageModel model() {
        return new CoverageModel(properties.ambulance());
    }

    List<CoverageModel.Place> places(CurrentUser user) {
        Map<String, Long> byTown = residents.countByTown(user);
        var places = new ArrayList<CoverageModel.Place>();
        for (Division town : organizations.towns()) {
            if (town.lat() == null || town.lng() == null) {
                continue;
            }
            var villages = organizations.villagesOf(town.code());
            long people = byTown.getOrDefault(town.code(), 0L);
            if (villages.isEmpty()) {
                places.add(
                        new CoverageModel.Place(town.code(), town.name(), town.code(), town.lat(), town.lng(), people));
                continue;
            }
            long share = people / villages.size();
            long rest = people % villages.size();
            for (int i = 0; i < villages.size(); i++) {
                Division v = villages.get(i);
                double[] at = schematic(v.code(), town.lat(), town.lng());
                places.add(new CoverageModel.Place(
                        v.code(), v.name(), town.code(), at[0], at[1], share + (i < rest ? 1 : 0)));
            }
        }
        return places;
    }

    List<CoverageModel.Site> sites() {
        return stations.all().stream()
                .map(s -> new CoverageModel.Site(s.name(), s.lat(), s.lng()))
                .toList();
    }

    CoverageModel.Result cover(CurrentUser user, int whatIfLimit) {
        return model().cover(sites(), places(user), LIMITS, whatIfLimit);
    }

    /** A village's schematic position: uniform in a disc of about 3 km around the town centre, from its code. */
    static double[] schematic(String code, double lat, double lng) {
        var random = new SplittableRandom(code.hashCode() * 2_654_435_761L);
        double r = Math.sqrt(random.nextDouble()) * 0.027;
        double a = random.nextDouble() * 2 * Math.PI;
        return new double[] {
            Math.round((lat + r * Math.sin(a)) * 1e5) / 1e5,
            Math.round((lng + r * Math.cos(a) / Math.cos(Math.toRadians(lat))) * 1e5) / 1e5
        };
    }
}
