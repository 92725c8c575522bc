package org.regionalhealth.emergency;

/**
 * An AED found near a point.
 *
 * @param distanceMeters great-circle (haversine) distance from the point, metres
 * @param walkingSeconds estimated walk: distance × detour factor ÷ walking speed, rounded up
 */
public record NearbyAed(Aed aed, double distanceMeters, int walkingSeconds) {

    /** Whole minutes of walking, rounded up (a 61-second walk is 2 minutes). */
    public int walkingMinutes() {
        return (walkingSeconds + 59) / 60;
    }

    /** Distance rounded to 10 m for display. */
    public long roundedMeters() {
        return Math.round(distanceMeters / 10.0) * 10;
    }
}
