package org.regionalhealth.emergency;

import java.util.List;

/** The public AED registry. */
public interface AedRegistry {

    /** Registers an AED and publishes {@link AedRegistered}; returns its id. */
    long register(NewAed aed);

    long count();

    /** Every registered AED (the district holds a few thousand). */
    List<Aed> all();
}
