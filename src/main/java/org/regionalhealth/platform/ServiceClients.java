package org.regionalhealth.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * OAuth2 clients of service accounts (issue 15, docs/adr/0014-oauth2-client-credentials-for-service-accounts.md): a
 * HIS or a provincial system authenticates at {@code POST /oauth2/token} with an assertion signed by its private key
 * ({@code private_key_jwt}) and receives an access token of at most an hour that acts as its platform service
 * account. The platform keeps only the public key.
 */
public interface ServiceClients {

    /** A registered client: its id, the account it acts as and the key that verifies its assertions. */
    record ServiceClient(
            String clientId,
            String account,
            String keyId,
            String algorithm,
            String publicJwk,
            String registeredBy,
            Instant registeredAt,
            boolean revoked) {}

    /**
     * Registers a client, or gives an existing client a new key (key rotation), audited as done by {@code
     * registeredBy}.
     *
     * @param clientId 2–64 characters: lower-case letters, digits, {@code . _ -}
     * @param account the username of an enabled {@link Role#SERVICE} account
     * @param publicJwk the client's public key as a JWK (RSA of at least 2,048 bits, or EC P-256/P-384); a key with
     *     private parts is refused
     * @throws PlatformException 400 with a Chinese message for every refusal
     */
    ServiceClient register(String clientId, String account, String publicJwk, String registeredBy);

    Optional<ServiceClient> find(String clientId);

    List<ServiceClient> list();

    /** Revokes a client: it gets no new token, and the tokens it holds stop at their next use. */
    void revoke(String clientId, String revokedBy);
}
