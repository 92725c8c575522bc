package org.regionalhealth.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Account events in the audit log (等保 2.0 安全审计: 登录失败、锁定、令牌使用): written outside any transaction, because
 * a failed login has no transaction and must be recorded anyway. Unknown usernames are recorded as typed (at most
 * 64 characters), with role {@code NONE}.
 */
@Component
class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

    private final JdbcClient jdbc;

    SecurityEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(AuditLog.Action action, String username, @Nullable AccountPrincipal account, String purpose) {
        HttpServletRequest request = request();
        String channel = request != null && SecurityConfiguration.isApi(request) ? "API" : "PAGE";
        String ip = request == null ? null : request.getRemoteAddr();
        String name = clean(username, 64);
        log.info("security event {} for {} from {}: {}", action, name, ip, purpose);
        jdbc.sql(
                        """
                        insert into platform_audit_event
                            (username, role, unit_id, channel, action, record_type, record_ids, purpose, client_ip)
                        values (?, ?, ?, ?, ?, 'account', ?, ?, ?)""")
                .params(
                        name,
                        account == null ? "NONE" : account.role().name(),
                        account == null ? 0L : account.unitId(),
                        channel,
                        action.name(),
                        (account == null ? List.<Long>of() : List.of(account.id())).toArray(Long[]::new),
                        clean(purpose, 500),
                        ip)
                .update();
    }

    /** No control characters, bounded: the log shows what was typed, never lets it forge a line. */
    static String clean(String value, int max) {
        String visible = value.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > max ? visible.substring(0, max) : visible;
    }

    static @Nullable HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
