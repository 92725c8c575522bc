package org.regionalhealth.emergency.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.emergency.registry.AedSearch;

/**
 * Ambulance response-time coverage (pure): the minutes from the nearest station to every population point, by a
 * straight-line-with-detour travel model, the share of residents and of villages within each time limit, per town
 * and for the district, and the single site among the population points where a new station would bring the most
 * residents within a limit (greedy what-if).
 */
public final class CoverageModel {

    /** A place where people live: a village or community with its residents. */
    public record Place(String code, String name, String townCode, double lat, double lng, long residents) {}

    /** A station position. */
    public record Site(String name, double lat, double lng) {}

    /** A place with its minutes to the nearest station and which one. */
    public record Reached(Place place, double minutes, String station) {}

    /** Residents and places within each limit, for a town or the district. */
    public record Share(String code, long residents, long places, long[] residentsWithin, long[] placesWithin) {
        public double residentShare(int limit) {
            return residents == 0 ? 0 : (double) residentsWithin[limit] / residents;
        }

        public double placeShare(int limit) {
            return places == 0 ? 0 : (double) placesWithin[limit] / places;
        }
    }

    /** The what-if: the best place for one more station and the residents it would add within the limit. */
    public record WhatIf(Place site, int limitMinutes, long addedResidents, long addedPlaces, double shareAfter) {}

    public record Result(
            List<Reached> reached, Share district, Map<String, Share> towns, int[] limits, @Nullable WhatIf whatIf) {}

    private final EmergencyProperties.Ambulance travel;

    public CoverageModel(EmergencyProperties.Ambulance travel) {
        this.travel = travel;
    }

    /** Minutes from a station to a point: turnout + straight line × detour ÷ speed. */
    public double minutes(double lat1, double lng1, double lat2, double lng2) {
        double km = AedSearch.haversineMeters(lat1, lng1, lat2, lng2) / 1000.0;
        return travel.turnoutMinutes() + km * travel.detourFactor() / travel.speedKmh() * 60.0;
    }

    /**
     * @param limits ascending minute limits, e.g. 5, 10, 15
     * @param whatIfLimit the limit the what-if maximises (one of {@code limits}); 0 for no what-if
     */
    public Result cover(List<Site> stations, List<Place> places, int[] limits, int whatIfLimit) {
        var reached = new ArrayList<Reached>(places.size());
        for (Place p : places) {
            double best = Double.POSITIVE_INFINITY;
            String name = "";
            for (Site s : stations) {
                double m = minutes(s.lat(), s.lng(), p.lat(), p.lng());
                if (m < best) {
                    best = m;
                    name = s.name();
                }
            }
            reached.add(new Reached(p, best, name));
        }
        var towns = new LinkedHashMap<String, Acc>();
        var district = new Acc(limits.length);
        for (Reached r : reached) {
            district.add(r, limits);
            towns.computeIfAbsent(r.place().townCode(), t -> new Acc(limits.length))
                    .add(r, limits);
        }
        var townShares = new LinkedHashMap<String, Share>();
        towns.forEach((code, acc) -> townShares.put(code, acc.share(code)));
        Share total = district.share("district");
        WhatIf whatIf = whatIfLimit > 0 ? bestSite(reached, whatIfLimit, total.residents()) : null;
        return new Result(reached, total, townShares, limits.clone(), whatIf);
    }

    private @Nullable WhatIf bestSite(List<Reached> reached, int limit, long totalResidents) {
        Place best = null;
        long bestAdded = 0;
        long bestPlaces = 0;
        long coveredNow = 0;
        for (Reached r : reached) {
            if (r.minutes() <= limit) {
                coveredNow += r.place().residents();
            }
        }
        for (Reached candidate : reached) {
            long added = 0;
            long addedPlaces = 0;
            for (Reached r : reached) {
                if (r.minutes() > limit
                        && minutes(
                                        candidate.place().lat(),
                                        candidate.place().lng(),
                                        r.place().lat(),
                                        r.place().lng())
                                <= limit) {
                    added += r.place().residents();
                    addedPlaces++;
                }
            }
            if (added > bestAdded) {
                best = candidate.place();
                bestAdded = added;
                bestPlaces = addedPlaces;
            }
        }
        if (best == null) {
            return null;
        }
        double after = totalResidents == 0 ? 0 : (double) (coveredNow + bestAdded) / totalResidents;
        return new WhatIf(best, limit, bestAdded, bestPlaces, after);
    }

    private static final class Acc {
        long residents;
        long places;
        final long[] residentsWithin;
        final long[] placesWithin;

        Acc(int n) {
            residentsWithin = new long[n];
            placesWithin = new long[n];
        }

        void add(Reached r, int[] limits) {
            residents += r.place().residents();
            places++;
            for (int i = 0; i < limits.length; i++) {
                if (r.minutes() <= limits[i]) {
                    residentsWithin[i] += r.place().residents();
                    placesWithin[i]++;
                }
            }
        }

        Share share(String code) {
            return new Share(code, residents, places, residentsWithin.clone(), placesWithin.clone());
        }
    }
}
