package org.regionalhealth.reviewcenter;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.Setting;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the review center ({@code rhp.prescription-review.*}, the prefix it had before the split of ADR 0012;
 * the screening settings of the same prefix are bound by {@code screening.ScreeningProperties}).
 *
 * @param cdsHooks CDS Hooks settings
 * @param patientKeySecret base64 secret (≥ 32 bytes) of the HMAC that links a person's prescriptions; {@code null}:
 *     one is generated at first start and kept in the database
 * @param workbench the pharmacists' review workbench (issue 4 items 1–2): pools, timers, timeout policies, webhooks
 * @param demoYear the demo year of prescriptions (profile {@code demo})
 */
@ConfigurationProperties("rhp.prescription-review")
public record ReviewCenterProperties(
        CdsHooks cdsHooks,
        @Nullable String patientKeySecret,
        Workbench workbench,
        DemoYear demoYear,
        @Nullable Duration clockSkew) {

    /** How far ahead of the district clock a submitting system's clock may run (default 10 minutes). */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(10);

    public ReviewCenterProperties {
        cdsHooks = cdsHooks == null ? new CdsHooks(null, null) : cdsHooks;
        workbench = workbench == null ? Workbench.defaults() : workbench;
        demoYear = demoYear == null ? new DemoYear(null, null) : demoYear;
        clockSkew = clockSkew == null || clockSkew.isNegative() ? DEFAULT_CLOCK_SKEW : clockSkew;
    }

    /** The defaults. */
    public static ReviewCenterProperties defaults() {
        return new ReviewCenterProperties(null, null, null, null, null);
    }

    /**
     * CDS Hooks settings.
     *
     * @param issuers CDS clients trusted to send signed JWTs (CDS Hooks 2.0 §Trusting CDS Clients)
     * @param publicBaseUrl the base URL clients use to reach this service (the JWT {@code aud}); {@code null}: the
     *     URL of the request
     */
    public record CdsHooks(List<Issuer> issuers, @Nullable String publicBaseUrl) {

        public CdsHooks {
            issuers = issuers == null ? List.of() : List.copyOf(issuers);
        }
    }

    /**
     * A trusted CDS client.
     *
     * @param issuer the JWT {@code iss}
     * @param account the platform service account the client acts as (its unit scopes what it may screen)
     * @param jwksUri where the client's public keys are published, or
     * @param jwks the JWK Set itself (JSON), for clients without a published key set
     */
    public record Issuer(String issuer, String account, @Nullable String jwksUri, @Nullable String jwks) {}

    // --- workbench (issue 4 items 1–2) ---

    /** What the sweeper does when a review task's timer runs out (research §2.5: local policy, never regulation). */
    public enum TimeoutAction {
        /** 退回医生: the doctor gets it back with reason code TIMEOUT (crtech {@code order_flag=-1}) */
        RETURN,
        /** 超时自动通过: approved by the system, counted as such in every report (crtech {@code HL_F}, {@code DQ1}) */
        AUTO_PASS,
        /** 升级: a senior pharmacist takes over; a second timeout of an escalated task returns it to the doctor */
        ESCALATE
    }

    /**
     * The review workbench.
     *
     * @param districtPool one district-wide pool instead of one pool per medical community (default false)
     * @param sla time a pharmacist has per setting (defaults: emergency 2 min, outpatient 5 min, inpatient 30 min;
     *     research §8: set with the district pharmacy committee)
     * @param amberFraction share of the SLA after which the timer turns amber (default 0.6)
     * @param timeout default timeout policy of a medical community without its own (database table
     *     {@code prescriptionreview_timeout_policy} overrides it per pool)
     * @param schedulerEnabled whether the timer sweeper and the webhook deliverer run on their own (tests call them
     *     with an explicit instant instead)
     * @param sweepInterval how often the sweeper and the deliverer run (default 15 s)
     * @param webhooks webhook delivery settings
     */
    public record Workbench(
            boolean districtPool,
            Map<Setting, Duration> sla,
            Double amberFraction,
            TimeoutPolicy timeout,
            Boolean schedulerEnabled,
            Duration sweepInterval,
            Webhooks webhooks) {

        public Workbench {
            EnumMap<Setting, Duration> merged = new EnumMap<>(Setting.class);
            merged.put(Setting.EMERGENCY, Duration.ofMinutes(2));
            merged.put(Setting.OUTPATIENT, Duration.ofMinutes(5));
            merged.put(Setting.INPATIENT, Duration.ofMinutes(30));
            if (sla != null) {
                merged.putAll(sla);
            }
            sla = Map.copyOf(merged);
            amberFraction = amberFraction == null ? 0.6 : amberFraction;
            if (amberFraction <= 0 || amberFraction >= 1) {
                throw new IllegalArgumentException(
                        "rhp.prescription-review.workbench.amber-fraction must lie in (0, 1)");
            }
            timeout = timeout == null ? TimeoutPolicy.defaults() : timeout;
            schedulerEnabled = schedulerEnabled == null || schedulerEnabled;
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(15) : sweepInterval;
            webhooks = webhooks == null ? new Webhooks(null, null, null, null, null, null) : webhooks;
        }

        public static Workbench defaults() {
            return new Workbench(false, null, null, null, null, null, null);
        }
    }

    /**
     * What happens when a timer runs out, in and outside working hours (Asia/Shanghai).
     *
     * @param onTimeout within working hours (default {@link TimeoutAction#RETURN}: the safe default, nothing is
     *     dispensed without a decision)
     * @param offHours outside working hours (default {@link TimeoutAction#AUTO_PASS}, the vendor practice
     *     "药师非工作时间系统自动通过" of research §2.5; always recorded with {@code off_hours = true})
     * @param workStart start of working hours (default 08:00)
     * @param workEnd end of working hours (default 17:30)
     */
    public record TimeoutPolicy(
            TimeoutAction onTimeout,
            TimeoutAction offHours,
            java.time.LocalTime workStart,
            java.time.LocalTime workEnd) {

        public TimeoutPolicy {
            onTimeout = onTimeout == null ? TimeoutAction.RETURN : onTimeout;
            offHours = offHours == null ? TimeoutAction.AUTO_PASS : offHours;
            workStart = workStart == null ? java.time.LocalTime.of(8, 0) : workStart;
            workEnd = workEnd == null ? java.time.LocalTime.of(17, 30) : workEnd;
        }

        public static TimeoutPolicy defaults() {
            return new TimeoutPolicy(null, null, null, null);
        }
    }

    /**
     * Webhook delivery to HIS systems: retried with exponential backoff until a 2xx acknowledges it.
     *
     * @param firstRetry delay before the first retry (default 10 s), doubled per failure
     * @param maxRetry longest delay between retries (default 1 h)
     * @param requestTimeout how long one delivery attempt waits (default 5 s)
     * @param batchSize deliveries attempted per run (default 200)
     * @param httpsOnly whether targets must use https (default true; issue 15)
     * @param allowedTargets host names, addresses or CIDR blocks ({@code 10.20.0.0/16}) a target may resolve to even
     *     though they are not public (a HIS on the hospital network); empty by default: public addresses only
     */
    public record Webhooks(
            Duration firstRetry,
            Duration maxRetry,
            Duration requestTimeout,
            Integer batchSize,
            Boolean httpsOnly,
            java.util.List<String> allowedTargets) {

        public Webhooks {
            firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
            maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
            batchSize = batchSize == null ? 200 : batchSize;
            httpsOnly = httpsOnly == null ? Boolean.TRUE : httpsOnly;
            allowedTargets = allowedTargets == null ? java.util.List.of() : java.util.List.copyOf(allowedTargets);
        }
    }

    /**
     * The demo year of prescriptions the demo writes once (profile {@code demo}).
     *
     * @param prescriptions how many; {@code 0} (the default): 48,000 for the small demo district (1 % of the residents,
     *     so 1 % of the real centre's year), 4,800,000 at full scale (the benchmark figure)
     * @param threads screening threads (default 2)
     */
    public record DemoYear(Integer prescriptions, Integer threads) {

        static final int SMALL = 48_000;
        static final int FULL = 4_800_000;

        public DemoYear {
            prescriptions = prescriptions == null ? 0 : prescriptions;
            threads = threads == null ? 2 : threads;
        }

        /** The number of prescriptions to write at this scale. */
        public int count(boolean fullScale) {
            return prescriptions > 0 ? prescriptions : fullScale ? FULL : SMALL;
        }
    }
}
