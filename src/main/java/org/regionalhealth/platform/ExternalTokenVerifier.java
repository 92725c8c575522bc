package org.regionalhealth.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A bearer token issued by someone else than the platform, such as the signed JWT a CDS Hooks client sends (CDS
 * Hooks 2.0 §Trusting CDS Clients). The module that trusts such clients implements it; the platform's API chain
 * asks every verifier about a bearer token that looks like a JWT and authenticates the account the first one names.
 */
public interface ExternalTokenVerifier {

    /**
     * @return the platform account the token authenticates, empty when this verifier does not accept the token
     */
    Optional<String> accountFor(String token, HttpServletRequest request);
}
