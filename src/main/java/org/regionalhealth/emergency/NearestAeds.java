package org.regionalhealth.emergency;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The nearest AEDs a passer-by can use: in service, pads and battery in date on that day, open to the public at that
 * local time; ordered by straight-line (haversine) distance, ties by id. The answer is exact (every registered AED is
 * measured), not an approximation.
 */
public interface NearestAeds {

    int MAX_K = 20;

    /**
     * @throws org.regionalhealth.platform.PlatformException (400) when the coordinates are out of range or k is
     *     outside 1..{@value #MAX_K}
     */
    List<NearbyAed> nearest(double lat, double lng, LocalDateTime at, int k);

    /** The same, at the district's current local time. */
    List<NearbyAed> nearestNow(double lat, double lng, int k);

    /** Detour factor and walking speed of the walking estimate, for the page to state them. */
    EmergencyProperties walkingModel();
}
