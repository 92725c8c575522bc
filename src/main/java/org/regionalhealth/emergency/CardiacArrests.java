package org.regionalhealth.emergency;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/** The cardiac-arrest registry. Reads that return the rescuer's name are audited. */
public interface CardiacArrests {

    /**
     * Registers an arrest and publishes {@link CardiacArrestRegistered}.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code ARREST_INVALID} (400) with every bad field
     */
    long register(NewCardiacArrest arrest, CurrentUser user);

    /** Records the hospital outcome: survival to discharge (or 30 days) and the CPC at discharge. */
    void recordOutcome(long id, boolean survivedDischarge, @Nullable Integer cpc, CurrentUser user);

    Optional<CardiacArrest> find(long id, CurrentUser user);

    /** Arrests of a year (and town), newest first, paged. */
    PageResult<CardiacArrest> list(int year, @Nullable String townCode, int page, int size, CurrentUser user);

    /** Every arrest of a year, for the rates (no names leave this call: the rescuer is dropped). */
    List<CardiacArrest> ofYear(int year);

    /**
     * Arrests where a bystander used an AED and the patient survived the event (the reward fund's candidates), newest
     * first, with the rescuer shown under the user's disclosure (audited).
     */
    List<CardiacArrest> rewardCandidates(CurrentUser user);

    /** Years that hold arrests, newest first. */
    List<Integer> years();
}
