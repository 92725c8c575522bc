package org.regionalhealth.platform;

import java.util.List;

/** Creates accounts and API tokens. Callers check who may do so; this bean checks the values. */
public interface AccountAdministration {

    /**
     * Creates accounts in one transaction; all or nothing.
     *
     * @throws PlatformException when a username is taken or a password is too weak
     */
    void create(List<NewAccount> accounts);

    /**
     * The resident record a resident's account points at, if the account exists and is a resident's (demo seeders
     * give the demo {@code resident} account's person their module's data; issue 16).
     */
    java.util.Optional<Long> residentOf(String username);

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
