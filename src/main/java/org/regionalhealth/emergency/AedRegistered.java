package org.regionalhealth.emergency;

import java.time.Instant;

/** An AED was added to the public registry (published in the registering transaction). */
public record AedRegistered(long aedId, String townCode, double lat, double lng, Instant registeredAt) {}
