package org.regionalhealth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class AccountSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    org.regionalhealth.org.Organizations organizations;

    @Test
    void apiWithoutCredentialsIsAProblemNotALoginPage() {
        var response = ApiClient.as(port, "admin", "wrong").get("/api/org/summary");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("AUTH_REQUIRED");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void repeatedFailuresSlowTheNextAttemptDownWithTheSameAnswerForKnownAndUnknownAccounts() throws Exception {
        long root = organizations.root().id();
        accounts.create(List.of(
                new NewAccount("throttle-me", "测试", "Str0ng!Pass", Role.DISTRICT_ADMIN, root, root, null, false)));
        assertThat(ApiClient.as(port, "throttle-me", "Str0ng!Pass")
                        .get("/api/org/summary")
                        .status())
                .isEqualTo(200);
        List<String> known = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var k = ApiClient.as(port, "throttle-me", "bad" + i).get("/api/org/summary");
            var u = ApiClient.as(port, "no-such-account", "bad" + i).get("/api/org/summary");
            known.add(k.status() + " " + k.body());
            unknown.add(u.status() + " " + u.body());
        }
        assertThat(known)
                .as("an unknown account answers exactly like a known one")
                .isEqualTo(unknown);
        assertThat(known.subList(0, 6)).allMatch(r -> r.startsWith("401"));
        assertThat(known.get(6)).startsWith("429").contains("AUTH_THROTTLED").contains("秒后再试");
        // the right password waits too, then works: nobody can lock an account for a quarter of an hour
        assertThat(ApiClient.as(port, "throttle-me", "Str0ng!Pass")
                        .get("/api/org/summary")
                        .status())
                .isEqualTo(429);
        Thread.sleep(1_100);
        assertThat(ApiClient.as(port, "throttle-me", "Str0ng!Pass")
                        .get("/api/org/summary")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql(
                                "select action from platform_audit_event where username = 'throttle-me' and record_type = 'account'")
                        .query(String.class)
                        .list())
                .contains("LOGIN_FAILED", "LOGIN_THROTTLED")
                .filteredOn("LOGIN_FAILED"::equals)
                .hasSize(6);
    }

    @Test
    void passwordGuessesNeverStopAServiceAccountsToken() {
        long root = organizations.root().id();
        accounts.create(
                List.of(new NewAccount("throttle-his", "测试HIS", "Str0ng!Pass", Role.SERVICE, root, root, null, false)));
        String token = accounts.issueToken("throttle-his", "test HIS", 1);
        for (int i = 0; i < 12; i++) {
            ApiClient.as(port, "throttle-his", "guess" + i).get("/api/org/summary");
        }
        assertThat(ApiClient.bearer(port, token).get("/api/org/summary").status())
                .isEqualTo(200);
        assertThat(jdbc.sql(
                                "select count(*) from platform_audit_event where username = 'throttle-his' and action = 'TOKEN_USED'")
                        .query(Long.class)
                        .single())
                .as("token use is audited")
                .isEqualTo(1);
    }

    @Test
    void bearerTokensAuthenticateApiClients() {
        String token = accounts.issueToken("his", "test HIS", 1);
        assertThat(ApiClient.bearer(port, token).get("/api/org/summary").status())
                .isEqualTo(200);
        assertThat(ApiClient.bearer(port, token + "x").get("/api/org/summary").status())
                .isEqualTo(401);
    }

    @Test
    void weakPasswordsAreRefused() {
        long root = organizations.root().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create(
                        List.of(new NewAccount("weakling", "测试", "password", Role.RESIDENT, root, root, null, false))))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("密码");
    }
}
