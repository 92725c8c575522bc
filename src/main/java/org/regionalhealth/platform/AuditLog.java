package org.regionalhealth.platform;

import java.util.Collection;

/**
 * Records every read and every change of a resident's personal data: who, when, which records, from which unit and
 * through which channel (《个人信息保护法》第五十一条 requires measures such as access control and logging; 等保 2.0
 * requires security audit of access to personal data). Written in the caller's transaction, so a failed change
 * leaves no audit row claiming it happened, while reads are recorded even when nothing else is written.
 */
public interface AuditLog {

    /** What was done to the records. */
    enum Action {
        READ,
        SEARCH,
        CREATE,
        UPDATE,
        DELETE,
        EXPORT,
        /** A password or bearer token that did not match (account events, docs/security.md). */
        LOGIN_FAILED,
        /** Failures passed the free limit: further attempts wait (what used to be a lock-out). */
        LOGIN_THROTTLED,
        /** A personal or service token authenticated a request (first use, then at most hourly per token). */
        TOKEN_USED,
        TOKEN_ISSUED,
        TOKEN_REVOKED,
        PASSWORD_CHANGED,
        /** An administrator registered a service client's public key for OAuth2 client credentials (issue 15). */
        CLIENT_REGISTERED,
        /** An administrator revoked a service client: its tokens stop at once. */
        CLIENT_REVOKED
    }

    /**
     * @param action what was done
     * @param recordType the kind of record, e.g. {@code resident}
     * @param recordIds the records touched (for a search: those returned)
     * @param purpose why, in the user's words or the page/API that did it, e.g. {@code GET /api/residents/42}
     */
    void record(Action action, String recordType, Collection<Long> recordIds, String purpose);
}
