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

    @Test
    void repeatedFailedLoginsLockTheAccount() {
        long root = organizations.root().id();
        accounts.create(
                List.of(new NewAccount("lock-me", "测试", "Str0ng!Pass", Role.DISTRICT_ADMIN, root, root, null, false)));
        assertThat(ApiClient.as(port, "lock-me", "Str0ng!Pass")
                        .get("/api/org/summary")
                        .status())
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(ApiClient.as(port, "lock-me", "bad" + i)
                            .get("/api/org/summary")
                            .status())
                    .isEqualTo(401);
        }
        var locked = ApiClient.as(port, "lock-me", "Str0ng!Pass").get("/api/org/summary");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("detail").asString()).contains("锁定");
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
