package org.regionalhealth.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.ExternalTokenVerifier;
import org.regionalhealth.platform.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API clients that send {@code Authorization: Bearer rhp_…}. Only the token's SHA-256 is stored, so a
 * leaked database does not leak usable tokens. An unknown or expired token leaves the request unauthenticated and
 * the entry point answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final List<ExternalTokenVerifier> verifiers;

    BearerTokenFilter(JdbcClient jdbc, Accounts accounts, List<ExternalTokenVerifier> verifiers) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.verifiers = List.copyOf(verifiers);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && isJwt(header.substring(7).trim())) {
            String token = header.substring(7).trim();
            verifiers.stream()
                    .map(verifier -> verifier.accountFor(token, request))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .flatMap(accounts::findByUsername)
                    .filter(account -> account.isEnabled() && account.isAccountNonLocked())
                    .ifPresent(account -> SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    account, null, account.getAuthorities())));
        } else if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String hash = Sha256.hex(header.substring(7).trim());
            jdbc.sql(
                            """
                            update platform_api_token set last_used_at = now()
                             where token_sha256 = ? and expires_at > now()
                            returning account_id""")
                    .param(hash)
                    .query(Long.class)
                    .optional()
                    .flatMap(accounts::findById)
                    .filter(account -> account.isEnabled() && account.isAccountNonLocked())
                    .ifPresent(account -> SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    account, null, account.getAuthorities())));
        }
        chain.doFilter(request, response);
    }

    /** A JWS in compact form: three base64url parts (platform tokens start with {@code rhp_} and have no dots). */
    private static boolean isJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
