package org.regionalhealth.platform;

import java.util.List;
import java.util.Optional;

/** Creates accounts and API tokens. Callers check who may do so; this bean checks the values. */
public interface AccountAdministration {

    /**
     * Creates accounts in one transaction; all or nothing.
     *
     * @throws PlatformException when a username is taken or a password is too weak
     */
    void create(List<NewAccount> accounts);

    /**
     * The resident record a resident's account belongs to; empty for staff accounts and unknown names. Demo seeders
     * use it to give the demo resident data of their own without reading the account table.
     */
    Optional<Long> residentOf(String username);

    /** Whether any account exists (a fresh production database has none until the first administrator). */
    boolean anyAccount();

    /**
     * Issues a bearer token for an API client. The token is returned once; only its SHA-256 is stored.
     *
     * @param username the account the token acts as
     * @param name what the token is for, e.g. the HIS vendor
     * @param validDays lifetime
     */
    String issueToken(String username, String name, int validDays);
}
