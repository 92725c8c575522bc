package org.regionalhealth.emergency;

/** A station of the 120 network: where ambulances wait, and how many. */
public record AmbulanceStation(long id, String name, String townCode, double lat, double lng, int ambulances) {}
