package org.regionalhealth.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains (docs/adr/0005): machine clients on {@code /api/**}, {@code /cds-services/**} and
 * {@code /fhir/**} authenticate statelessly with HTTP Basic or a bearer token and get RFC 9457 errors; people use
 * pages with form login, a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/cds-services") || path.startsWith("/fhir/");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the algorithm can change later without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(PlatformProperties properties, Clock clock) {
        return new LoginThrottle(properties.security(), clock);
    }

    /** Accounts by user name: the password provider below, and tests and benchmarks acting as a demo user. */
    @Bean
    UserDetailsService accountDetails(Accounts accounts) {
        return username ->
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** The only authentication provider: password checks behind the throttle (docs/security.md). */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            Accounts accounts,
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            SecurityEvents events) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, accounts, events);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            JdbcClient jdbc,
            Accounts accounts,
            SecurityEvents events,
            PlatformAccessTokens oauthTokens,
            org.springframework.beans.factory.ObjectProvider<org.regionalhealth.platform.ExternalTokenVerifier>
                    verifiers)
            throws Exception {
        http.securityMatcher(SecurityConfiguration::isApi)
                // CDS Hooks discovery lists services and their prefetch templates, no data (CDS Hooks 2.0 §Discovery)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(org.springframework.http.HttpMethod.GET, "/cds-services")
                                .permitAll()
                                // the public AED finder (issue 20): anyone, no login
                                .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/emergency/aeds/**")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler(
                                (request, response, e) -> problem(response, 403, "ACCESS_DENIED", "无权访问该资源")))
                .addFilterBefore(
                        new BearerTokenFilter(
                                jdbc, accounts, verifiers.orderedStream().toList(), events, oauthTokens),
                        BasicAuthenticationFilter.class)
                // OAuth2 access tokens of service clients (docs/adr/0014): only JWTs signed with the platform key;
                // personal tokens and CDS Hooks clients' JWTs stay with the filter above
                .oauth2ResourceServer(resource -> resource.bearerTokenResolver(oauthTokens.resolver())
                        .jwt(jwt ->
                                jwt.decoder(oauthTokens.decoder()).jwtAuthenticationConverter(oauthTokens.converter()))
                        .authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler(
                                (request, response, e) -> problem(response, 403, "ACCESS_DENIED", "无权访问该资源")))
                .headers(SecurityConfiguration::headers)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/aed")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyRole(Role.DISTRICT_ADMIN.name(), Role.SERVICE.name())
                        // the API description names every endpoint and field: administrators and integrators only
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .hasAnyRole(Role.DISTRICT_ADMIN.name(), Role.SERVICE.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        // unknown, wrong and disabled look the same; only a throttled attempt says "wait"
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof ThrottledAuthenticationProvider.LoginThrottledException throttled
                                        ? "/login?throttled=" + throttled.retryAfterSeconds()
                                        : "/login?error")))
                        .permitAll())
                .httpBasic(basic -> {})
                // the refusal (a missing or stale CSRF token included) reaches the error page, which says why in
                // Chinese (issue 15)
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> {
                    request.setAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403, e);
                    response.sendError(403);
                }))
                .headers(SecurityConfiguration::headers)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    /** 401 for every failed or missing credential, 429 with Retry-After while the throttle holds the caller back. */
    private static void unauthorized(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e)
            throws IOException {
        if (e instanceof ThrottledAuthenticationProvider.LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            problem(response, 429, "AUTH_THROTTLED", throttled.getMessage());
        } else if (e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException) {
            // RFC 6750 §3: the client learns that its access token, not its account, is the problem
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problem(response, 401, "TOKEN_INVALID", "访问令牌无效、已过期或其客户端已撤销，请重新申请令牌");
        } else {
            problem(response, 401, "AUTH_REQUIRED", "需要有效的身份认证（HTTP Basic 或 Bearer 令牌）");
        }
    }

    /**
     * Browser hardening on every response (docs/security.md). The enforced policy forbids plugins, framing, foreign
     * form targets and base URLs and runs scripts from this origin's files only ({@code script-src 'self'}: no inline
     * script, no handler attribute, no eval; pages hand data to their scripts in JSON data islands and data-
     * attributes). htmx adds its indicator style inline, hence {@code style-src 'unsafe-inline'}.
     */
    static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN))
                .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS));
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** Camera and position for the clinic's scanner and the AED map on this origin; nothing else. */
    static final String PERMISSIONS = "camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), interest-cohort=()";

    /** RFC 9457 problem details, written by hand because these errors happen before any controller runs. */
    static void problem(HttpServletResponse response, int status, String code, String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"https://regionalhealth.org/problems/"
                        + code.toLowerCase().replace('_', '-')
                        + "\",\"title\":\""
                        + switch (status) {
                            case 401 -> "Unauthorized";
                            case 429 -> "Too Many Requests";
                            default -> "Forbidden";
                        } + "\",\"status\":"
                        + status + ",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\"}");
    }
}
