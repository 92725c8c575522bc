package org.regionalhealth.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.UnitDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth2 client credentials for service accounts (issue 15, docs/adr/0014): a real signed assertion over HTTP, the
 * refusals as RFC 9457 problems, the token's lifetime, role and data scope.
 */
@PlatformIntegrationTest
class OAuthClientCredentialsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    RSAKey platformSigningKey;

    @Autowired
    PlatformProperties properties;

    @Autowired
    UnitDirectory units;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aServiceClientSignsAnAssertionGetsAnHourTokenAndActsAsItsServiceAccount() throws Exception {
        String clientId = "his-" + UUID.randomUUID().toString().substring(0, 8);
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        var admin = ApiClient.as(port, "admin");
        var registered = admin.post(
                "/api/platform/oauth-clients",
                "{\"clientId\":\"" + clientId + "\",\"account\":\"his\",\"jwk\":"
                        + key.toPublicJWK().toJSONString() + "}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("algorithm").asString()).isEqualTo("ES256");
        assertThat(jdbc.sql("select public_jwk from platform_oauth_client where client_id = ?")
                        .param(clientId)
                        .query(String.class)
                        .single())
                .as("only the public key is kept")
                .doesNotContain("\"d\"");
        assertThat(audited("admin", "CLIENT_REGISTERED", clientId)).isTrue();

        var answer = token(assertion(clientId, key, Instant.now(clock), Duration.ofMinutes(2)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode issued = JSON.readTree(answer.body());
        assertThat(issued.get("token_type").asString()).isEqualToIgnoringCase("Bearer");
        assertThat(issued.get("expires_in").asLong()).isBetween(3590L, 3600L);
        String accessToken = issued.get("access_token").asString();
        JWTClaimsSet claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .as("at most one hour")
                .isEqualTo(Duration.ofHours(1));
        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getStringClaim("rhp_account")).isEqualTo("his");
        assertThat(SignedJWT.parse(accessToken).getHeader().getKeyID()).isEqualTo(platformSigningKey.getKeyID());
        assertThat(audited("his", "TOKEN_ISSUED", clientId)).isTrue();

        // the token acts as the HIS service account: same answers as its password, no more
        var bearer = ApiClient.bearer(port, accessToken);
        var basic = ApiClient.as(port, "his");
        assertThat(bearer.get("/api/org/summary").status()).isEqualTo(200);
        assertThat(bearer.get("/api/org/units?type=STATION").body())
                .isEqualTo(basic.get("/api/org/units?type=STATION").body());
        assertThat(audited("his", "TOKEN_USED", clientId)).isTrue();

        // used outside its role: an administrator's API
        var adminOnly = bearer.get("/api/platform/audit");
        assertThat(adminOnly.status()).isEqualTo(403);
        assertProblem(adminOnly, "ACCESS_DENIED");
        assertThat(bearer.get("/api/platform/oauth-clients").status()).isEqualTo(403);
        // used outside its data scope: a resident managed by a unit outside the HIS's hospital
        long scopeUnit = jdbc.sql("select scope_unit_id from platform_account where username = 'his'")
                .query(Long.class)
                .single();
        String path = units.pathOf(scopeUnit).orElseThrow();
        long outside = jdbc.sql("select min(id) from residents_resident where unit_path not like ?")
                .param(path + "%")
                .query(Long.class)
                .single();
        var foreign = bearer.get("/api/residents/" + outside);
        assertThat(foreign.status())
                .isIn(403, 404)
                .isEqualTo(basic.get("/api/residents/" + outside).status());
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("idNumber");

        // revoking the client stops the token it holds and any new one
        assertThat(admin.delete("/api/platform/oauth-clients/" + clientId).status())
                .isEqualTo(204);
        assertProblem(bearer.get("/api/org/summary"), "TOKEN_INVALID");
        var afterRevoke = token(assertion(clientId, key, Instant.now(clock), Duration.ofMinutes(2)));
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
        assertThat(audited("admin", "CLIENT_REVOKED", clientId)).isTrue();
    }

    @Test
    void wrongSignatureExpiredAssertionReplayAndUnknownClientAreRefusedAlikeAsProblems() throws Exception {
        String clientId = "prov-" + UUID.randomUUID().toString().substring(0, 8);
        RSAKey key = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        var registered = ApiClient.as(port, "admin")
                .post(
                        "/api/platform/oauth-clients",
                        "{\"clientId\":\"" + clientId + "\",\"account\":\"his\",\"jwk\":"
                                + key.toPublicJWK().toJSONString() + "}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Instant now = Instant.now(clock);

        RSAKey stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        assertRefused(token(assertion(clientId, stranger, now, Duration.ofMinutes(2))), "wrong signature");
        assertRefused(
                token(assertion(clientId, key, now.minus(Duration.ofMinutes(10)), Duration.ofMinutes(5))),
                "expired assertion");
        assertRefused(
                token(assertion(clientId, key, now, Duration.ofMinutes(30))), "assertion valid for longer than 5 min");
        assertRefused(token(assertion("nobody-" + clientId, key, now, Duration.ofMinutes(2))), "unknown client");
        String once = assertion(clientId, key, now, Duration.ofMinutes(2));
        assertThat(token(once).statusCode()).isEqualTo(200);
        assertRefused(token(once), "replayed assertion");
        // a password is no way in: client_secret_basic is not accepted
        var basic = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(
                                                        (clientId + ":Demo@2026").getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(basic, "client secret");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'LOGIN_FAILED'"
                                + " and username like '(OAuth%' and at > now() - interval '5 minutes'")
                        .query(Long.class)
                        .single())
                .as("refusals are audited")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void expiredForgedAndOverlongAccessTokensAreRefusedAsProblems() throws Exception {
        Instant now = Instant.now(clock);
        String demo = "his";
        // an access token that expired a second ago, properly signed by the platform key
        assertProblem(
                ApiClient.bearer(
                                port,
                                platformToken(platformSigningKey, demo, now.minusSeconds(3601), now.minusSeconds(1)))
                        .get("/api/org/summary"),
                "TOKEN_INVALID");
        // one that lives longer than an hour
        assertProblem(
                ApiClient.bearer(port, platformToken(platformSigningKey, demo, now, now.plusSeconds(3601)))
                        .get("/api/org/summary"),
                "TOKEN_INVALID");
        // the platform's key id, someone else's key
        RSAKey forger =
                new RSAKeyGenerator(2048).keyID(platformSigningKey.getKeyID()).generate();
        assertProblem(
                ApiClient.bearer(port, platformToken(forger, demo, now, now.plusSeconds(600)))
                        .get("/api/org/summary"),
                "TOKEN_INVALID");
        // a valid one for the demo client is accepted (the control)
        assertThat(ApiClient.bearer(port, platformToken(platformSigningKey, demo, now, now.plusSeconds(3600)))
                        .get("/api/org/summary")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theDemoRegistersTheHisClientWithAGeneratedKeyPairWhosePrivateHalfOnlyTheDemoFileHolds() throws Exception {
        var file = org.regionalhealth.platform.demo.PlatformDemoSeederAccess.keyFile(properties);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        JWK key = JWK.parse(Files.readString(file));
        assertThat(key.isPrivate()).isTrue();
        var answer = token(assertion("his", key, Instant.now(clock), Duration.ofMinutes(1)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String accessToken = JSON.readTree(answer.body()).get("access_token").asString();
        assertThat(ApiClient.bearer(port, accessToken).get("/api/org/summary").status())
                .isEqualTo(200);
        assertThat(ApiClient.as(port, "admin")
                        .get("/api/platform/oauth-clients")
                        .body())
                .contains("\"clientId\":\"his\"");
    }

    @Test
    void theSigningKeyIsKeptInAFileOnlyThePlatformReadsAndSurvivesARestart() throws Exception {
        var file = PlatformSigningKey.fileOf(properties);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        // what a restart does: read the file again
        assertThat(PlatformSigningKey.loadOrCreate(file)).isEqualTo(platformSigningKey);
        var fresh = Files.createTempDirectory("rhp-key").resolve("signing.jwk");
        RSAKey first = PlatformSigningKey.loadOrCreate(fresh);
        assertThat(PlatformSigningKey.loadOrCreate(fresh)).isEqualTo(first);
        assertThat(first.size()).isGreaterThanOrEqualTo(2048);
    }

    @Test
    void onlyAnAdministratorRegistersAndOnlyAPublicKeyOfAServiceAccount() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String body = "{\"clientId\":\"x-client\",\"account\":\"his\",\"jwk\":"
                + key.toPublicJWK().toJSONString() + "}";
        assertThat(ApiClient.as(port, "cdc")
                        .post("/api/platform/oauth-clients", body)
                        .status())
                .isEqualTo(403);
        var admin = ApiClient.as(port, "admin");
        var withPrivate = admin.post(
                "/api/platform/oauth-clients",
                "{\"clientId\":\"x-client\",\"account\":\"his\",\"jwk\":" + key.toJSONString() + "}");
        assertThat(withPrivate.status()).isEqualTo(400);
        assertProblem(withPrivate, "OAUTH_CLIENT_KEY");
        var person = admin.post(
                "/api/platform/oauth-clients",
                "{\"clientId\":\"x-client\",\"account\":\"doctor\",\"jwk\":"
                        + key.toPublicJWK().toJSONString() + "}");
        assertProblem(person, "OAUTH_CLIENT_ACCOUNT");
        var weak = admin.post(
                "/api/platform/oauth-clients",
                "{\"clientId\":\"x-client\",\"account\":\"his\",\"jwk\":"
                        + new RSAKeyGenerator(1024, true)
                                .generate()
                                .toPublicJWK()
                                .toJSONString() + "}");
        assertProblem(weak, "OAUTH_CLIENT_KEY");
        assertProblem(
                admin.post(
                        "/api/platform/oauth-clients",
                        "{\"clientId\":\"X Y\",\"account\":\"his\",\"jwk\":"
                                + key.toPublicJWK().toJSONString() + "}"),
                "OAUTH_CLIENT_ID");
        assertThat(jdbc.sql("select count(*) from platform_oauth_client where client_id = 'x-client'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    // --- helpers ---

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private String assertion(String clientId, JWK key, Instant issued, Duration valid) throws Exception {
        var claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(base() + "/oauth2/token")
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(valid)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt;
        if (key instanceof ECKey ec) {
            jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(ec.getKeyID())
                            .build(),
                    claims);
            if (Curve.P_384.equals(ec.getCurve())) {
                jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.ES384)
                                .keyID(ec.getKeyID())
                                .build(),
                        claims);
            }
            jwt.sign(new ECDSASigner(ec));
        } else {
            jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS384)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner((RSAKey) key));
        }
        return jwt.serialize();
    }

    private HttpResponse<String> token(String assertion) throws Exception {
        String form = "grant_type=client_credentials&client_assertion_type=" + enc(JWT_BEARER) + "&client_assertion="
                + enc(assertion);
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String platformToken(RSAKey key, String clientId, Instant issued, Instant expires) throws Exception {
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                new JWTClaimsSet.Builder()
                        .subject(clientId)
                        .audience(clientId)
                        .issueTime(Date.from(issued))
                        .notBeforeTime(Date.from(issued))
                        .expirationTime(Date.from(expires))
                        .jwtID(UUID.randomUUID().toString())
                        .claim("rhp_account", "his")
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertRefused(HttpResponse<String> answer, String why) {
        assertThat(answer.statusCode()).as(why + ": " + answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .as(why)
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("code").asString()).as(why).isEqualTo("OAUTH_INVALID_CLIENT");
        assertThat(problem.get("error").asString()).as(why).isEqualTo("invalid_client");
        assertThat(problem.get("detail").asString()).as(why).matches(".*[\\u4e00-\\u9fff].*");
    }

    private static void assertProblem(ApiClient.Response answer, String code) {
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).as(answer.body()).isEqualTo(code);
        assertThat(answer.json().get("detail").asString()).matches("(?s).*[\\u4e00-\\u9fff].*");
    }

    private boolean audited(String username, String action, String mention) {
        return jdbc.sql(
                                "select count(*) from platform_audit_event where username = ? and action = ? and purpose like ?")
                        .params(username, action, "%" + mention + "%")
                        .query(Long.class)
                        .single()
                > 0;
    }
}
