package org.regionalhealth.reviewcenter.workbench;

import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutAction;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pools and their timeout policies. A pool is the medical community of the issuing institution (its code), or
 * {@value #DISTRICT} when {@code rhp.prescription-review.workbench.district-pool} is set. Each pool's policy is a row
 * of {@code prescriptionreview_timeout_policy}, else the configured default.
 */
@Component
public class ReviewPools {

    static final String DISTRICT = "DISTRICT";

    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final ReviewCenterProperties.Workbench settings;
    private final Map<Long, String> poolCache = new ConcurrentHashMap<>();

    ReviewPools(Organizations organizations, JdbcClient jdbc, ReviewCenterProperties properties) {
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.settings = properties.workbench();
    }

    /** Units moved (on any node): drop the cached units, their paths and medical communities (docs/scale-out.md). */
    @org.springframework.context.event.EventListener
    void onClusterMessage(org.regionalhealth.platform.ClusterMessage message) {
        if (message.concerns(org.regionalhealth.platform.UnitDirectory.PATHS_CHANGED)) {
            poolCache.clear();
        }
    }

    /** The pool that reviews the prescriptions of this institution. */
    public String poolOf(long institutionId) {
        if (settings.districtPool()) {
            return DISTRICT;
        }
        return poolCache.computeIfAbsent(institutionId, id -> organizations
                .find(id)
                .flatMap(u -> u.type() == UnitType.MEDICAL_COMMUNITY
                        ? java.util.Optional.of(u)
                        : organizations.medicalCommunityOf(id))
                .map(Unit::code)
                .orElse(DISTRICT));
    }

    /**
     * Whether a user with {@code scope} may read {@code pool}'s policy (issue 15: a pharmacist read another medical
     * community's): the district pool, or a medical community in the scope's subtree or above the scope's unit (a
     * pharmacist of a hospital reads the pool the hospital belongs to).
     */
    boolean readableWithin(String pool, org.regionalhealth.platform.DataScope scope) {
        if (DISTRICT.equals(pool)) {
            return true;
        }
        return organizations
                .findByCode(pool)
                .filter(u -> u.type() == UnitType.MEDICAL_COMMUNITY)
                .map(u -> scope.covers(u.path()) || scope.unitPath().startsWith(u.path()))
                .orElse(false);
    }

    /** The pool's timeout policy and working hours: its own row, else the configured default. */
    public TimeoutPolicy policyOf(String pool) {
        return jdbc.sql(
                        "select on_timeout, off_hours, work_start, work_end from prescriptionreview_timeout_policy where pool = ?")
                .param(pool)
                .query((rs, n) -> new TimeoutPolicy(
                        TimeoutAction.valueOf(rs.getString(1)),
                        TimeoutAction.valueOf(rs.getString(2)),
                        rs.getTime(3).toLocalTime(),
                        rs.getTime(4).toLocalTime()))
                .optional()
                .orElse(settings.timeout());
    }

    void setPolicy(String pool, TimeoutPolicy policy, String by) {
        jdbc.sql(
                        """
                        insert into prescriptionreview_timeout_policy
                            (pool, on_timeout, off_hours, work_start, work_end, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, now())
                        on conflict (pool) do update set on_timeout = excluded.on_timeout,
                            off_hours = excluded.off_hours, work_start = excluded.work_start,
                            work_end = excluded.work_end, updated_by = excluded.updated_by, updated_at = now()""")
                .params(
                        pool,
                        policy.onTimeout().name(),
                        policy.offHours().name(),
                        Time.valueOf(policy.workStart()),
                        Time.valueOf(policy.workEnd()),
                        by)
                .update();
    }

    /** Whether the instant lies outside the pool's working hours (local time in Hangzhou, every day of the week). */
    public static boolean offHours(TimeoutPolicy policy, Instant at, ZoneId zone) {
        LocalTime t = at.atZone(zone).toLocalTime();
        if (policy.workStart().isBefore(policy.workEnd())) {
            return t.isBefore(policy.workStart()) || !t.isBefore(policy.workEnd());
        }
        // a window across midnight (e.g. a night shift 20:00–08:00)
        return t.isBefore(policy.workStart()) && !t.isBefore(policy.workEnd());
    }
}
