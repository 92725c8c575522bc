package org.regionalhealth.residents;

import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.platform.CurrentUser;

/**
 * Cohorts of the resident index by birth date, for population screening programmes (issue 21) that invite everyone of
 * an age: the residents born between two days within the user's scope, one page at a time in id order. Audited as a
 * search listing the ids returned.
 */
public interface ResidentCohorts {

    /**
     * Residents born from {@code bornFrom} to {@code bornTo} (both included) within the user's scope, with an id
     * greater than {@code afterId}, at most {@code limit} (bounded to 1,000), in id order.
     */
    List<Resident> bornBetween(
            LocalDate bornFrom, LocalDate bornTo, CurrentUser user, long afterId, int limit, String purpose);
}
