package org.regionalhealth.emergency;

import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.CurrentUser;

/** The public AED registry. */
public interface AedRegistry {

    /** Registers an AED and publishes {@link AedRegistered}; returns its id. */
    long register(NewAed aed);

    /**
     * Registers every AED or none (a CSV import): one transaction, {@link AedRegistered} for each.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code AED_SERIAL_TAKEN} (409) when a serial number is
     *     already registered
     */
    List<Long> registerAll(List<NewAed> aeds);

    /**
     * Changes a registered AED (staff page).
     *
     * @throws org.regionalhealth.platform.PlatformException {@code AED_NOT_FOUND} (404), {@code AED_SERIAL_TAKEN}
     *     (409) when another AED has the serial number
     */
    void update(long id, NewAed aed, CurrentUser user);

    Optional<Aed> find(long id);

    /** Whether another AED than {@code exceptId} carries this serial number. */
    boolean serialTaken(String serialNumber, long exceptId);

    long count();

    /** Every registered AED (the district holds a few thousand). */
    List<Aed> all();
}
