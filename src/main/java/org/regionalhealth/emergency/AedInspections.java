package org.regionalhealth.emergency;

import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.platform.CurrentUser;

/** The monthly checks of the AEDs. */
public interface AedInspections {

    /**
     * Records a check. It becomes the AED's last inspection (when it is the latest); a failed check puts an AED in
     * service into maintenance (it leaves the public finder until repaired), a passed one returns a device in
     * maintenance to service.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code AED_NOT_FOUND} (404), {@code
     *     AED_INSPECTION_INVALID} (400) for a date in the future or before 2000, or a missing inspector
     */
    long record(
            long aedId,
            LocalDate inspectedOn,
            String inspector,
            boolean lightOk,
            boolean padsOk,
            boolean batteryOk,
            boolean cabinetOk,
            String note,
            CurrentUser user);

    /** The checks of one AED, newest first. */
    List<AedInspection> of(long aedId);
}
