package org.regionalhealth.emergency;

import java.util.List;

/** The 120 network's ambulance stations, as data (seeded from the organisation's ambulance-station units). */
public interface AmbulanceStations {

    List<AmbulanceStation> all();

    /** Adds a station; returns its id. {@code unitId} links it to the organisation's unit when there is one. */
    long add(Long unitId, String name, String townCode, double lat, double lng, int ambulances);
}
