package org.regionalhealth.healthcity;

import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/** The versioned indicator catalogue (national 2018 system plus local indicators). */
public interface IndicatorCatalogue {

    /** The current version of every indicator, in catalogue order. */
    List<Indicator> current();

    /** Current versions matching a part of the name or code and a first-level dimension, paged. */
    PageResult<Indicator> search(String text, String level1, int page, int size);

    Optional<Indicator> current(String code);

    /** One version by its id (a value points at it). */
    Optional<Indicator> version(long id);

    /** Every version of an indicator, newest first. */
    List<Indicator> versions(String code);

    /**
     * Makes a new version of an indicator (district administrator only); earlier values keep their version.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code HEALTHCITY_REVISION_INVALID} with the bad fields
     */
    Indicator revise(String code, IndicatorRevision revision, CurrentUser user);

    /**
     * Brings the catalogue in line with the data file {@code healthcity/indicators.tsv}: versions not yet stored are
     * added and replace the version before them. Idempotent; returns the versions added.
     */
    int synchronise();
}
