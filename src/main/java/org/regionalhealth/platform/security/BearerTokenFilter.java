package org.regionalhealth.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.platform.AuditLog;
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
    private final SecurityEvents events;
    private final PlatformAccessTokens oauthTokens;

    BearerTokenFilter(
            JdbcClient jdbc,
            Accounts accounts,
            List<ExternalTokenVerifier> verifiers,
            SecurityEvents events,
            PlatformAccessTokens oauthTokens) {
        this.jdbc = jdbc;
        this.oauthTokens = oauthTokens;
        this.accounts = accounts;
        this.verifiers = List.copyOf(verifiers);
        this.events = events;
    }

    private record TokenUse(long accountId, long tokenId, String name, boolean firstInAnHour, boolean stale) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && oauthTokens.isPlatformToken(header.substring(7).trim())) {
            // the platform's own OAuth2 access token: the resource server checks it (docs/adr/0014)
        } else if (header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && isJwt(header.substring(7).trim())) {
            String token = header.substring(7).trim();
            verifiers.stream()
                    .map(verifier -> verifier.accountFor(token, request))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .flatMap(accounts::findByUsername)
                    .filter(AccountPrincipal::isEnabled)
                    .ifPresent(account -> SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    account, null, account.getAuthorities())));
        } else if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String hash = Sha256.hex(header.substring(7).trim());
            // tokens are never throttled or locked by password guesses on another channel (docs/security.md)
            var use = jdbc.sql(
                            """
                            select id, account_id, name,
                                   (last_used_at is null or last_used_at < now() - interval '1 hour'),
                                   (last_used_at is null or last_used_at < now() - interval '1 minute')
                              from platform_api_token
                             where token_sha256 = ? and expires_at > now() and revoked_at is null""")
                    .param(hash)
                    .query((rs, n) -> new TokenUse(
                            rs.getLong(2), rs.getLong(1), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)))
                    .optional();
            // "last used" to the minute: a script calling many times a second does not pay a committed (fsync'd)
            // write per call
            use.filter(TokenUse::stale).ifPresent(u -> jdbc.sql(
                            """
                            update platform_api_token set last_used_at = now()
                             where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                    .param(u.tokenId())
                    .update());
            var account = use.flatMap(u -> accounts.findById(u.accountId())).filter(AccountPrincipal::isEnabled);
            if (account.isPresent()) {
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                account.get(), null, account.get().getAuthorities()));
                if (use.get().firstInAnHour()) {
                    events.record(
                            AuditLog.Action.TOKEN_USED,
                            account.get().username(),
                            account.get(),
                            "令牌 #" + use.get().tokenId() + "「" + use.get().name() + "」" + request.getMethod() + " "
                                    + request.getRequestURI());
                }
            } else {
                events.record(AuditLog.Action.LOGIN_FAILED, "(令牌)", null, "无效、过期或已撤销的令牌");
            }
        }
        chain.doFilter(request, response);
    }

    /** A JWS in compact form: three base64url parts (platform tokens start with {@code rhp_} and have no dots). */
    private static boolean isJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
