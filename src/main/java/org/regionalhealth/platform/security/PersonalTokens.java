package org.regionalhealth.platform.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.Sha256;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own API tokens and password (docs/security.md). A token acts with the account's role and scope, is shown
 * once and stored as its SHA-256; revoking keeps the row so the audit trail still names it.
 */
@Service
class PersonalTokens {

    static final int MAX_ACTIVE = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Kept across the redirect as a flash attribute, so it is stored in the page session (Spring Session JDBC). */
    record Issued(long id, String token, Instant expiresAt) implements java.io.Serializable {}

    record TokenRow(
            long id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt, boolean active) {}

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SecurityEvents events;
    private final PasswordEncoder passwords;
    private final PlatformProperties.Security policy;
    private final Clock clock;

    PersonalTokens(
            JdbcClient jdbc,
            Accounts accounts,
            SecurityEvents events,
            PasswordEncoder passwords,
            PlatformProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.passwords = passwords;
        this.policy = properties.security();
        this.clock = clock;
    }

    /** Field → Chinese message for a bad name or lifetime. */
    static Map<String, String> problems(@Nullable String name, @Nullable Integer days) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "请填写令牌用途，例如“传染病预警分析脚本”");
        } else if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            problems.put("name", "用途不超过100个字符，且不能含控制字符");
        }
        if (days == null || days < 1 || days > 365) {
            problems.put("days", "有效期为1–365天的整数");
        }
        return problems;
    }

    @Transactional
    Issued issue(String username, @Nullable String name, @Nullable Integer days) {
        var problems = problems(name, days);
        if (!problems.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "TOKEN_INVALID", "令牌信息有误，请按提示修改", problems);
        }
        var account = accounts.findByUsername(username).orElseThrow();
        long active = jdbc.sql(
                        "select count(*) from platform_api_token where account_id = ? and revoked_at is null and expires_at > ?")
                .params(account.id(), clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single();
        if (active >= MAX_ACTIVE) {
            throw PlatformException.conflict("TOKEN_LIMIT", "每个账户最多 " + MAX_ACTIVE + " 个有效令牌，请先撤销不用的令牌");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "rhp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long id = jdbc.sql(
                        """
                        insert into platform_api_token (account_id, name, token_sha256, created_at, expires_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(
                        account.id(),
                        name.strip(),
                        Sha256.hex(token),
                        clock.instant().atOffset(java.time.ZoneOffset.UTC),
                        expires.atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single();
        events.record(
                AuditLog.Action.TOKEN_ISSUED, username, account, "令牌 #" + id + "「" + name.strip() + "」" + days + "天");
        return new Issued(id, token, expires);
    }

    List<TokenRow> list(String username) {
        var account = accounts.findByUsername(username).orElseThrow();
        return jdbc.sql(
                        """
                        select id, name, created_at, expires_at, last_used_at,
                               revoked_at is null and expires_at > ? as active
                          from platform_api_token where account_id = ? order by id desc limit 100""")
                .params(clock.instant().atOffset(java.time.ZoneOffset.UTC), account.id())
                .query((rs, n) -> new TokenRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .list();
    }

    /** Revokes one of the user's own tokens; another account's token is "not found". */
    @Transactional
    void revoke(String username, long tokenId) {
        var account = accounts.findByUsername(username).orElseThrow();
        int updated = jdbc.sql(
                        "update platform_api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(clock.instant().atOffset(java.time.ZoneOffset.UTC), tokenId, account.id())
                .update();
        if (updated == 0) {
            throw PlatformException.notFound("TOKEN_NOT_FOUND", "令牌不存在或已撤销");
        }
        events.record(AuditLog.Action.TOKEN_REVOKED, username, account, "令牌 #" + tokenId);
    }

    /**
     * Changes the user's password: the current one must match, the new one must meet {@link PasswordPolicy} and differ
     * from the last {@code password-history} passwords.
     *
     * @return field → Chinese message for each problem; empty when changed
     */
    @Transactional
    Map<String, String> changePassword(String username, String current, String newPassword, String confirmation) {
        var account = accounts.findByUsername(username).orElseThrow();
        Map<String, String> problems = new LinkedHashMap<>();
        if (!passwords.matches(current, account.passwordHash())) {
            problems.put("currentPassword", "当前密码不正确");
        }
        problems.putAll(PasswordPolicy.problems(username, newPassword));
        if (!newPassword.equals(confirmation)) {
            problems.put("confirmation", "两次输入的新密码不一致");
        }
        if (!problems.containsKey("newPassword")) {
            List<String> recent = jdbc.sql(
                            """
                            select password_hash from platform_password_history
                             where account_id = ? order by changed_at desc limit ?""")
                    .params(account.id(), Math.max(0, policy.passwordHistory() - 1))
                    .query(String.class)
                    .list();
            boolean reused = passwords.matches(newPassword, account.passwordHash())
                    || recent.stream().anyMatch(hash -> passwords.matches(newPassword, hash));
            if (reused) {
                problems.put("newPassword", "不能与最近 " + policy.passwordHistory() + " 次使用过的密码相同");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        var now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
        jdbc.sql("insert into platform_password_history (account_id, password_hash, changed_at) values (?, ?, ?)")
                .params(account.id(), account.passwordHash(), now)
                .update();
        jdbc.sql("update platform_account set password_hash = ?, password_changed_at = ? where id = ?")
                .params(passwords.encode(newPassword), now, account.id())
                .update();
        events.record(AuditLog.Action.PASSWORD_CHANGED, username, account, "本人修改密码");
        return Map.of();
    }

    /** Whether the account's password is older than the policy allows (the account page asks for a new one). */
    boolean passwordExpired(String username) {
        if (policy.passwordMaxAgeDays() <= 0) {
            return false;
        }
        return jdbc.sql(
                        """
                        select coalesce(password_changed_at, created_at) < ? from platform_account where username = ?""")
                .params(
                        clock.instant()
                                .minus(policy.passwordMaxAgeDays(), ChronoUnit.DAYS)
                                .atOffset(java.time.ZoneOffset.UTC),
                        username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
