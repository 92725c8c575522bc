package org.regionalhealth.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who did something, as a page shows it ({@code ${@actors.of(username)}}): the account's display name (医共体审方药师),
 * 系统 for the platform itself, never a login name (issue 16: no code or English word on a Chinese page). Names are
 * cached: accounts are few and their names hardly change.
 */
@Component("actors")
public class ActorNames {

    private final JdbcClient jdbc;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    ActorNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String of(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return "—";
        }
        if ("system".equals(username)) {
            return "系统";
        }
        return names.computeIfAbsent(
                username, u -> jdbc.sql("select display_name from platform_account where username = ?")
                        .param(u)
                        .query(String.class)
                        .optional()
                        .orElse("其他用户"));
    }
}
