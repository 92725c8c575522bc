package org.regionalhealth.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformIntegrationTest
class PersonalTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PersonalTokens tokens;

    @Autowired
    org.regionalhealth.org.Organizations organizations;

    @Test
    void aUserIssuesATokenShownOnceStoredHashedActingWithTheirRoleAndRevokesIt() {
        var doctor = ApiClient.as(port, "village-doctor");
        var issued = doctor.post("/api/platform/tokens", "{\"name\":\"随访统计脚本\",\"days\":30}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(token).startsWith("rhp_").hasSizeGreaterThan(40);
        assertThat(issued.json().get("expiresAt").asString()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from platform_api_token where token_sha256 = ?")
                        .param(Sha256.hex(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from platform_api_token where name like ? or token_sha256 = ?")
                        .params("%" + token + "%", token)
                        .query(Long.class)
                        .single())
                .as("the token itself is stored nowhere")
                .isZero();
        // the listing never shows it again
        assertThat(doctor.get("/api/platform/tokens").body())
                .doesNotContain(token)
                .contains("随访统计脚本");

        var bearer = ApiClient.bearer(port, token);
        var own = doctor.get("/api/org/units?type=STATION").body();
        assertThat(bearer.get("/api/org/units?type=STATION").body())
                .as("the token sees what its account sees")
                .isEqualTo(own);
        assertThat(bearer.get("/api/platform/audit").status()).as("and no more").isEqualTo(403);

        long id = issued.json().get("id").asLong();
        assertThat(ApiClient.as(port, "cdc")
                        .delete("/api/platform/tokens/" + id)
                        .status())
                .as("another account cannot revoke it")
                .isEqualTo(404);
        assertThat(doctor.delete("/api/platform/tokens/" + id).status()).isEqualTo(204);
        assertThat(bearer.get("/api/org/units?type=STATION").status()).isEqualTo(401);
        assertThat(jdbc.sql(
                                "select action from platform_audit_event where username = 'village-doctor' and record_type = 'account'")
                        .query(String.class)
                        .list())
                .contains("TOKEN_ISSUED", "TOKEN_USED", "TOKEN_REVOKED");
    }

    @Test
    void badTokenRequestsAreProblemsNamingEachField() {
        var response = ApiClient.as(port, "village-doctor").post("/api/platform/tokens", "{\"name\":\"\",\"days\":0}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("name").contains("days").contains("1–365");
    }

    @Test
    void aPasswordChangeFollowsThePolicyTheHistoryAndTheBlocklist() {
        long root = organizations.root().id();
        accounts.create(List.of(
                new NewAccount("pw-changer", "测试", "First!Pass1", Role.STATION_DOCTOR, root, root, null, false)));
        assertThat(tokens.changePassword("pw-changer", "wrong", "short", "other"))
                .containsOnlyKeys("currentPassword", "newPassword", "confirmation");
        assertThat(tokens.changePassword("pw-changer", "First!Pass1", "Admin@123", "Admin@123"))
                .containsEntry("newPassword", "该密码过于常见，容易被猜中，请换一个");
        assertThat(tokens.changePassword("pw-changer", "First!Pass1", "Pw-changer!9", "Pw-changer!9"))
                .containsEntry("newPassword", "密码不能包含用户名");
        assertThat(tokens.changePassword("pw-changer", "First!Pass1", "First!Pass1", "First!Pass1"))
                .containsKey("newPassword");
        assertThat(tokens.changePassword("pw-changer", "First!Pass1", "Second#Pass2", "Second#Pass2"))
                .isEmpty();
        assertThat(ApiClient.as(port, "pw-changer", "Second#Pass2")
                        .get("/api/org/summary")
                        .status())
                .isEqualTo(200);
        assertThat(tokens.changePassword("pw-changer", "Second#Pass2", "First!Pass1", "First!Pass1"))
                .as("a recent password may not come back")
                .containsKey("newPassword");
        assertThat(jdbc.sql(
                                "select count(*) from platform_audit_event where username = 'pw-changer' and action = 'PASSWORD_CHANGED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureBehindTls() throws Exception {
        var http = HttpClient.newHttpClient();
        var plain = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .contains("JSESSIONID")
                .contains("SameSite=Lax")
                .contains("HttpOnly"));
        var proxied = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(proxied.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("JSESSIONID").contains("Secure"));
    }
}
