package org.regionalhealth.platform.audit;

import java.util.Collection;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes audit events into {@code platform_audit_event} in the caller's transaction. */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final CurrentUsers users;

    JdbcAuditLog(JdbcClient jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public void record(Action action, String recordType, Collection<Long> recordIds, String purpose) {
        var user = users.require();
        jdbc.sql(
                        """
                        insert into platform_audit_event
                            (username, role, unit_id, channel, action, record_type, record_ids, purpose, client_ip)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        user.username(),
                        user.role().name(),
                        user.unitId(),
                        user.channel().name(),
                        action.name(),
                        recordType,
                        recordIds.toArray(Long[]::new),
                        purpose.length() > 500 ? purpose.substring(0, 500) : purpose,
                        clientIp())
                .update();
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
