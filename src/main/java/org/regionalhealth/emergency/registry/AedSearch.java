package org.regionalhealth.emergency.registry;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.NearbyAed;

/**
 * Exact k-nearest search: every AED is measured (a few thousand haversines take well under a millisecond), the k
 * best kept in a bounded max-heap. Ordered by distance, ties by id.
 */
public final class AedSearch {

    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private AedSearch() {}

    public static double haversineMeters(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    public static List<NearbyAed> nearest(
            Collection<Aed> aeds,
            double lat,
            double lng,
            LocalDateTime at,
            int k,
            double detourFactor,
            double walkingSpeed) {
        record Hit(Aed aed, double d) {}
        Comparator<Hit> closer = Comparator.comparingDouble(Hit::d)
                .thenComparingLong(h -> h.aed().id());
        var heap = new PriorityQueue<Hit>(k + 1, closer.reversed());
        for (Aed aed : aeds) {
            if (!aed.availableAt(at)) {
                continue;
            }
            var hit = new Hit(aed, haversineMeters(lat, lng, aed.lat(), aed.lng()));
            if (heap.size() < k) {
                heap.add(hit);
            } else if (closer.compare(hit, heap.peek()) < 0) {
                heap.poll();
                heap.add(hit);
            }
        }
        var hits = new ArrayList<>(heap);
        hits.sort(closer);
        return hits.stream()
                .map(h -> new NearbyAed(h.aed(), h.d(), walkingSeconds(h.d(), detourFactor, walkingSpeed)))
                .toList();
    }

    static int walkingSeconds(double meters, double detourFactor, double walkingSpeed) {
        return (int) Math.ceil(meters * detourFactor / walkingSpeed);
    }
}
