package org.regionalhealth.residents;

import java.util.Optional;
import org.regionalhealth.platform.CurrentUser;

/**
 * Real-name identity checks for a resident who acts for a family member (issue 18: a child or a parent added as 就诊人
 * on the phone, as every Chinese booking app does): the member is found only when the name and the 18-digit ID number
 * given both match, never by a search, so nothing about anyone else can be learnt from it. The caller keeps the link
 * it verified and answers for it; every read is audited.
 */
public interface ResidentIdentities {

    /** The resident whose ID number and name both match (ID number compared in upper case), if any (audited). */
    Optional<Resident> matching(String name, String idNumber, CurrentUser user, String purpose);

    /**
     * A resident the caller verified a link to earlier through {@link #matching}: read without the reader's scope
     * (a resident's scope is their own record), audited as a read.
     */
    Optional<Resident> linked(long id, CurrentUser user, String purpose);
}
