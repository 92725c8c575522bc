package org.regionalhealth.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens of the calling account (docs/security.md): an analyst script authenticates once. */
@RestController
@RequestMapping("/api/platform/tokens")
@Tag(name = "平台 Platform")
class TokenApiController {

    record NewToken(@Nullable String name, @Nullable Integer days) {}

    record IssuedToken(long id, String token, Instant expiresAt) {}

    private final PersonalTokens tokens;
    private final CurrentUsers users;

    TokenApiController(PersonalTokens tokens, CurrentUsers users) {
        this.tokens = tokens;
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "签发个人令牌：返回一次明文（Authorization: Bearer …），只保存其SHA-256；权限与本账户相同",
            description = "{\"name\":\"用途\",\"days\":1–365} → {\"token\",\"expiresAt\"}")
    IssuedToken issue(@RequestBody @Nullable NewToken request) {
        var issued = tokens.issue(
                users.require().username(),
                request == null ? null : request.name(),
                request == null ? null : request.days());
        return new IssuedToken(issued.id(), issued.token(), issued.expiresAt());
    }

    @GetMapping
    @Operation(summary = "本账户的令牌（不含明文）")
    List<PersonalTokens.TokenRow> list() {
        return tokens.list(users.require().username());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销本账户的一个令牌；立即失效")
    void revoke(@PathVariable long id) {
        tokens.revoke(users.require().username(), id);
    }
}
