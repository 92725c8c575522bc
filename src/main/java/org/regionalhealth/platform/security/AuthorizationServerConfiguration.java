package org.regionalhealth.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * OAuth2 client credentials for service accounts (issue 15, docs/adr/0014): Spring Authorization Server answers
 * {@code POST /oauth2/token} (and publishes its key at {@code /oauth2/jwks}, its metadata at {@code
 * /.well-known/oauth-authorization-server}); a client authenticates with {@code private_key_jwt} only and receives a
 * JWT access token of at most an hour, signed by the platform key. The API chain accepts it as a resource server
 * ({@link SecurityConfiguration}). Every refusal is an RFC 9457 problem with a Chinese detail, carrying RFC 6749's
 * {@code error} member as well so that OAuth client libraries understand it.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    RSAKey platformSigningKey(PlatformProperties properties) {
        return PlatformSigningKey.loadOrCreate(PlatformSigningKey.fileOf(properties));
    }

    @Bean
    JWKSource<SecurityContext> platformJwkSource(RSAKey platformSigningKey) {
        return new ImmutableJWKSet<>(new JWKSet(platformSigningKey));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    PlatformAccessTokens platformAccessTokens(
            RSAKey platformSigningKey,
            Clock clock,
            PlatformProperties properties,
            OAuthClients clients,
            SecurityEvents events) {
        return new PlatformAccessTokens(
                platformSigningKey,
                clock,
                Duration.ofMinutes(properties.oauth().accessTokenMinutes()),
                clients,
                events);
    }

    /**
     * Access tokens are self-contained JWTs checked by signature, lifetime and the client's state on every request:
     * nothing is stored (the default in-memory store would grow by one entry per token for ever).
     */
    @Bean
    OAuth2AuthorizationService oauthAuthorizations() {
        return new OAuth2AuthorizationService() {
            @Override
            public void save(OAuth2Authorization authorization) {}

            @Override
            public void remove(OAuth2Authorization authorization) {}

            @Override
            public @Nullable OAuth2Authorization findById(String id) {
                return null;
            }

            @Override
            public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
                return null;
            }
        };
    }

    /** The account the token acts as, in the token (checked again against the client on every use); issue audited. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims(OAuthClients clients, SecurityEvents events) {
        return context -> {
            String clientId = context.getRegisteredClient().getClientId();
            var account = clients.activeAccount(clientId)
                    .orElseThrow(() -> new OAuth2AuthenticationException(
                            new org.springframework.security.oauth2.core.OAuth2Error("invalid_client")));
            context.getClaims().claim(PlatformAccessTokens.ACCOUNT_CLAIM, account.username());
            events.record(
                    AuditLog.Action.TOKEN_ISSUED,
                    account.username(),
                    account,
                    "OAuth 客户端「" + clientId + "」取得访问令牌（客户端凭证，private_key_jwt）");
        };
    }

    @Bean
    @Order(0)
    SecurityFilterChain authorizationServerChain(
            HttpSecurity http, OAuthClients clients, Clock clock, PlatformProperties properties, SecurityEvents events)
            throws Exception {
        var assertions = new ClientAssertions(
                clients, clock, Duration.ofMinutes(properties.oauth().assertionMaxMinutes()));
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.registeredClientRepository(clients)
                            .clientAuthentication(authentication -> authentication
                                    .authenticationConverters(converters -> converters.replaceAll(
                                            AuthorizationServerConfiguration::clientIdFromAssertion))
                                    .authenticationProviders(providers -> providers.forEach(provider -> {
                                        if (provider instanceof JwtClientAssertionAuthenticationProvider jwt) {
                                            jwt.setJwtDecoderFactory(assertions);
                                        }
                                    }))
                                    .errorResponseHandler(
                                            (request, response, e) -> refused(request, response, e, events)))
                            .tokenEndpoint(token -> token.errorResponseHandler(
                                    (request, response, e) -> refused(request, response, e, events)));
                })
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                        (request, response, e) -> refused(request, response, e, events)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * SMART Backend Services clients send no {@code client_id} (RFC 7523 §3 makes it optional); Spring Authorization
     * Server requires it. It is taken from the assertion's {@code sub}, which the signature check then binds to the
     * registered key ({@code iss} = {@code sub} = client id).
     */
    static org.springframework.security.web.authentication.AuthenticationConverter clientIdFromAssertion(
            org.springframework.security.web.authentication.AuthenticationConverter converter) {
        if (!(converter
                instanceof
                org.springframework.security.oauth2.server.authorization.web.authentication
                        .JwtClientAssertionAuthenticationConverter)) {
            return converter;
        }
        return request -> {
            String assertion = request.getParameter("client_assertion");
            if (assertion == null || request.getParameter("client_id") != null) {
                return converter.convert(request);
            }
            String subject;
            try {
                subject = com.nimbusds.jwt.SignedJWT.parse(assertion)
                        .getJWTClaimsSet()
                        .getSubject();
            } catch (java.text.ParseException | RuntimeException e) {
                subject = null;
            }
            if (subject == null) {
                return converter.convert(request);
            }
            String clientId = subject;
            return converter.convert(new jakarta.servlet.http.HttpServletRequestWrapper(request) {
                @Override
                public @Nullable String getParameter(String name) {
                    return "client_id".equals(name) ? clientId : super.getParameter(name);
                }

                @Override
                public String @Nullable [] getParameterValues(String name) {
                    return "client_id".equals(name) ? new String[] {clientId} : super.getParameterValues(name);
                }

                @Override
                public java.util.Map<String, String[]> getParameterMap() {
                    var map = new java.util.LinkedHashMap<>(super.getParameterMap());
                    map.put("client_id", new String[] {clientId});
                    return map;
                }
            });
        };
    }

    /**
     * One answer for an unknown client, a wrong signature and an expired or replayed assertion (401 {@code
     * OAUTH_INVALID_CLIENT}), as for passwords: the answer does not tell which clients exist.
     */
    static void refused(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e, SecurityEvents events)
            throws IOException {
        String error = e instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode().replaceAll("[^a-z_]", "")
                : "invalid_client";
        String code;
        String detail;
        int status;
        switch (error) {
            case "invalid_client" -> {
                status = 401;
                code = "OAUTH_INVALID_CLIENT";
                detail = "客户端认证失败：客户端未登记或已撤销、断言签名不符，或断言已过期、已用过";
            }
            case "unsupported_grant_type", "unauthorized_client" -> {
                status = 400;
                code = "OAUTH_UNSUPPORTED_GRANT";
                detail = "只支持客户端凭证方式（grant_type=client_credentials）";
            }
            case "invalid_scope" -> {
                status = 400;
                code = "OAUTH_INVALID_SCOPE";
                detail = "申请的权限范围未登记";
            }
            default -> {
                status = 400;
                code = "OAUTH_INVALID_REQUEST";
                detail = "令牌申请不完整或格式不对：须以表单提交 grant_type、client_assertion_type 与 client_assertion";
            }
        }
        String client = request.getParameter("client_id");
        events.record(
                AuditLog.Action.LOGIN_FAILED,
                "(OAuth " + (client == null ? "客户端" : client) + ")",
                null,
                "令牌申请被拒绝：" + error);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("{\"type\":\"https://regionalhealth.org/problems/"
                        + code.toLowerCase().replace('_', '-')
                        + "\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Bad Request") + "\",\"status\":"
                        + status + ",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\",\"error\":\"" + error
                        + "\"}");
    }
}
