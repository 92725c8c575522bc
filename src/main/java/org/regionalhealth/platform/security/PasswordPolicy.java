package org.regionalhealth.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * What a new password must be (GB/T 22239-2019 8.1.4.1 a 口令复杂度): 8–128 characters of four classes, not the
 * username, not on the blocklist of passwords guessed first ({@code platform/password-blocklist.txt}); history is
 * checked by the caller against stored hashes.
 */
final class PasswordPolicy {

    private static final Set<String> BLOCKLIST = load();

    private PasswordPolicy() {}

    /** Field → Chinese message for every rule the password breaks (empty when it is acceptable). */
    static Map<String, String> problems(String username, String password) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (password.length() > 128) {
            problems.put("newPassword", "密码不能超过128位");
        } else if (!AccountService.strongEnough(password)) {
            problems.put("newPassword", "密码至少8位，且须同时包含大写字母、小写字母、数字和符号");
        } else if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.put("newPassword", "密码不能包含用户名");
        } else if (BLOCKLIST.contains(password.toLowerCase(Locale.ROOT))) {
            problems.put("newPassword", "该密码过于常见，容易被猜中，请换一个");
        } else if (password.chars().anyMatch(Character::isISOControl)) {
            problems.put("newPassword", "密码不能包含控制字符");
        }
        return problems;
    }

    static boolean blocked(String password) {
        return BLOCKLIST.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (var in = new ClassPathResource("platform/password-blocklist.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
