package org.regionalhealth.platform.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Sha256;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Accounts accounts;

    AccountService(JdbcClient jdbc, PasswordEncoder passwords, Accounts accounts) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void create(List<NewAccount> newAccounts) {
        // one hash per distinct password: bcrypt is deliberately slow and demo accounts share theirs
        Map<String, String> hashes = new HashMap<>();
        for (NewAccount account : newAccounts) {
            validate(account);
            String hash = hashes.computeIfAbsent(account.rawPassword(), passwords::encode);
            int inserted = jdbc.sql(
                            """
                            insert into platform_account
                                (username, display_name, password_hash, role, unit_id, scope_unit_id, resident_id, demo)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (username) do nothing""")
                    .params(
                            account.username(),
                            account.displayName(),
                            hash,
                            account.role().name(),
                            account.unitId(),
                            account.scopeUnitId(),
                            account.residentId(),
                            account.demo())
                    .update();
            if (inserted == 0) {
                throw PlatformException.conflict("ACCOUNT_USERNAME_TAKEN", "用户名已被使用：" + account.username());
            }
        }
    }

    @Override
    public java.util.Optional<Long> residentOf(String username) {
        return accounts.findByUsername(username).map(a -> a.residentId());
    }

    @Override
    public boolean anyAccount() {
        return accounts.any();
    }

    @Override
    @Transactional
    public String issueToken(String username, String name, int validDays) {
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> PlatformException.notFound("ACCOUNT_NOT_FOUND", "账户不存在：" + username));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "rhp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql(
                        """
                        insert into platform_api_token (account_id, name, token_sha256, expires_at)
                        values (?, ?, ?, now() + make_interval(days => ?))""")
                .params(account.id(), name, Sha256.hex(token), validDays)
                .update();
        return token;
    }

    private static void validate(NewAccount account) {
        if (!USERNAME.matcher(account.username()).matches()) {
            throw PlatformException.invalidField("ACCOUNT_USERNAME_INVALID", "username", "用户名须为3–64位小写字母、数字或 . _ -");
        }
        if (!strongEnough(account.rawPassword())) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "ACCOUNT_PASSWORD_WEAK",
                    "密码至少8位，且须同时包含大写字母、小写字母、数字和符号",
                    Map.of("password", "密码强度不足"));
        }
    }

    /** 等保 2.0 (GB/T 22239-2019 8.1.4.1) asks for password complexity; we require four character classes. */
    static boolean strongEnough(String password) {
        return password.length() >= 8
                && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isLowerCase)
                && password.chars().anyMatch(Character::isDigit)
                && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    }
}
