package org.regionalhealth.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One row of the audit log as the administrator's search shows it. */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String username,
        String role,
        long unitId,
        String channel,
        String action,
        String recordType,
        List<Long> recordIds,
        String purpose,
        String clientIp) {}
