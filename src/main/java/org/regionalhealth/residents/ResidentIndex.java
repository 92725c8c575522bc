package org.regionalhealth.residents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regionalhealth.platform.CurrentUser;

/**
 * The resident master index. Every method takes the current user: it limits the query to the user's scope and
 * writes the audit row (《个人信息保护法》第五十一条).
 */
public interface ResidentIndex {

    /**
     * Registers a resident.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code RESIDENT_DUPLICATE_ID} (409) when the ID number is
     *     already registered, {@code RESIDENT_ID_INVALID} (400) when it is not a valid GB 11643 number
     */
    Resident register(NewResident resident, CurrentUser user);

    /** The resident, if it exists and lies in the user's scope (audited as a read). */
    Optional<Resident> find(long id, CurrentUser user, String purpose);

    /**
     * Residents matching a Chinese name prefix, full pinyin or initials prefix, an ID number or a phone number,
     * within the user's scope (audited as a search listing the ids returned).
     */
    List<Resident> search(String query, CurrentUser user, int limit, String purpose);

    /** Residents per town code within the user's scope (counts only: not audited). */
    Map<String, Long> countByTown(CurrentUser user);

    /** Registered residents within the user's scope. */
    long count(CurrentUser user);

    /**
     * Residents born on or before the day (that is: at least so old on a later day), within the user's scope, by id;
     * the id, birth date and managing unit only, for modules that decide who is due a service (e.g. the 65+ annual
     * assessment of issue 21). Not audited: no name or identifier leaves; the caller audits what it shows.
     */
    List<Aged> bornOnOrBefore(LocalDate day, CurrentUser user, int limit);

    /** The residents with these ids that lie in the user's scope, in the order of the ids (audited as one search). */
    List<Resident> findAll(Collection<Long> ids, CurrentUser user, String purpose);

    /** A resident's id, birth date and managing unit ({@link #bornOnOrBefore}). */
    record Aged(long id, LocalDate birthDate, long unitId, String unitPath) {}
}
