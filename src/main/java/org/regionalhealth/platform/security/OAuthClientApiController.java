package org.regionalhealth.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.ServiceClients;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Registration of service clients for OAuth2 client credentials (docs/adr/0014): an administrator's action,
 * audited ({@code CLIENT_REGISTERED}, {@code CLIENT_REVOKED}). The client keeps its private key; the platform
 * receives the public JWK only.
 */
@RestController
@RequestMapping("/api/platform/oauth-clients")
@PreAuthorize("hasRole('DISTRICT_ADMIN')")
@Tag(name = "平台 Platform")
class OAuthClientApiController {

    record NewClient(@Nullable String clientId, @Nullable String account, @Nullable JsonNode jwk) {}

    record RegisteredClient(
            String clientId,
            String account,
            String keyId,
            String algorithm,
            String registeredBy,
            java.time.Instant registeredAt,
            boolean revoked,
            String tokenEndpoint) {

        static RegisteredClient of(ServiceClients.ServiceClient client) {
            return new RegisteredClient(
                    client.clientId(),
                    client.account(),
                    client.keyId(),
                    client.algorithm(),
                    client.registeredBy(),
                    client.registeredAt(),
                    client.revoked(),
                    "/oauth2/token");
        }
    }

    private final ServiceClients clients;
    private final CurrentUsers users;

    OAuthClientApiController(ServiceClients clients, CurrentUsers users) {
        this.clients = clients;
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "登记服务客户端（OAuth2 客户端凭证，private_key_jwt）：只提交公钥；再次登记同一标识即换钥",
            description = "{\"clientId\":\"his\",\"account\":\"接口服务账户\",\"jwk\":{公钥 JWK}} → 201；"
                    + "客户端以私钥签名的断言向 POST /oauth2/token 申请不超过1小时的访问令牌")
    RegisteredClient register(@RequestBody @Nullable NewClient request) {
        if (request == null || request.jwk() == null || !request.jwk().isObject()) {
            throw PlatformException.invalidField("OAUTH_CLIENT_KEY", "jwk", "公钥须为 JWK 格式（RFC 7517）的 JSON 对象");
        }
        return RegisteredClient.of(clients.register(
                request.clientId(),
                request.account(),
                request.jwk().toString(),
                users.require().username()));
    }

    @GetMapping
    @Operation(summary = "已登记的服务客户端（含已撤销的）")
    List<RegisteredClient> list() {
        return clients.list().stream().map(RegisteredClient::of).toList();
    }

    @DeleteMapping("/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销服务客户端：不再签发令牌，已签发的令牌立即失效")
    void revoke(@PathVariable String clientId) {
        clients.revoke(clientId, users.require().username());
    }
}
