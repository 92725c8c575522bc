package org.regionalhealth.surveillance.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling workflow of a signal (research §1.4 CIDARS workflow, §7 timestamps): dispatched → acknowledged
 * (首次响应) → verified (excluded / suspected event) → investigating → closed (no event, cluster, outbreak, public-health
 * event). A step out of order is a conflict; every step is recorded with its actor and audited. Closing without an
 * explicit verification records the verification the closing implies (no event → excluded, else suspected), so the
 * response-rate KPI counts it. Closing as outbreak or public-health event removes the episode from later baselines.
 */
@Service
public class SignalHandling {

    public static final Set<String> VERIFICATIONS = Set.of("excluded", "suspected");
    /** Closing outcomes in the order the page offers them. */
    public static final Map<String, String> OUTCOMES = outcomes();

    private static Map<String, String> outcomes() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("no_event", "无事件");
        m.put("cluster", "聚集性疫情");
        m.put("outbreak", "暴发疫情");
        m.put("phe", "突发公共卫生事件");
        return java.util.Collections.unmodifiableMap(m);
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SignalHandling(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private record State(String status, @Nullable String verification) {}

    private State state(long id) {
        return jdbc.sql("select status, verification from surveillance_signal where id = ? for update")
                .param(id)
                .query((rs, n) -> new State(rs.getString(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> PlatformException.notFound("signal-not-found", "预警信号 " + id + " 不存在"));
    }

    @Transactional
    public void acknowledge(long id, String actor, Instant now) {
        State s = state(id);
        if (!s.status().equals("dispatched")) {
            throw PlatformException.conflict("signal-already-acknowledged", "该信号已响应，当前状态：" + s.status());
        }
        jdbc.sql("update surveillance_signal set status = 'acknowledged', acknowledged_at = ?, acknowledged_by = ?"
                        + " where id = ?")
                .params(Timestamp.from(now), actor, id)
                .update();
        step(id, "acknowledged", actor, now, "首次响应");
    }

    @Transactional
    public void verify(long id, String result, @Nullable String note, String actor, Instant now) {
        // a verification is a choice and its reasons (issue 16): both asked for at once, nothing defaulted
        var errors = new java.util.LinkedHashMap<String, String>();
        if (!VERIFICATIONS.contains(result)) {
            errors.put("result", "请选择核实结果：疑似事件或排除");
        }
        if (note == null || note.isBlank()) {
            errors.put("note", "请填写核实说明（依据、联系了谁、看到了什么）");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "bad-verification",
                    String.join("；", errors.values()),
                    errors);
        }
        State s = state(id);
        if (!s.status().equals("acknowledged")) {
            throw PlatformException.conflict("signal-not-acknowledged", "请先响应信号再核实，当前状态：" + s.status());
        }
        jdbc.sql("update surveillance_signal set status = 'verified', verified_at = ?, verification = ? where id = ?")
                .params(Timestamp.from(now), result, id)
                .update();
        step(
                id,
                "verified",
                actor,
                now,
                ("excluded".equals(result) ? "排除" : "疑似事件") + (note == null ? "" : "：" + note));
    }

    @Transactional
    public void investigate(long id, @Nullable String note, String actor, Instant now) {
        State s = state(id);
        if (!s.status().equals("verified") || !"suspected".equals(s.verification())) {
            throw PlatformException.conflict("signal-not-suspected", "只有核实为疑似事件的信号才能开展调查");
        }
        jdbc.sql("update surveillance_signal set status = 'investigating', investigation_started_at = ? where id = ?")
                .params(Timestamp.from(now), id)
                .update();
        step(id, "investigating", actor, now, note);
    }

    @Transactional
    public void close(long id, String outcome, @Nullable String note, String actor, Instant now) {
        if (!OUTCOMES.containsKey(outcome)) {
            throw PlatformException.invalidField("bad-outcome", "outcome", "结案结论应为 " + OUTCOMES.keySet());
        }
        State s = state(id);
        if (s.status().equals("dispatched")) {
            throw PlatformException.conflict("signal-not-acknowledged", "请先响应信号再结案");
        }
        if (s.status().equals("closed")) {
            throw PlatformException.conflict("signal-closed", "该信号已结案");
        }
        if ("excluded".equals(s.verification()) && !outcome.equals("no_event")) {
            throw PlatformException.conflict("signal-excluded", "已排除的信号只能以“无事件”结案");
        }
        jdbc.sql(
                        """
                        update surveillance_signal set status = 'closed', closed_at = ?, outcome = ?,
                            verified_at = coalesce(verified_at, ?),
                            verification = coalesce(verification, ?)
                        where id = ?""")
                .params(
                        Timestamp.from(now),
                        outcome,
                        Timestamp.from(now),
                        outcome.equals("no_event") ? "excluded" : "suspected",
                        id)
                .update();
        step(id, "closed", actor, now, OUTCOMES.get(outcome) + (note == null ? "" : "：" + note));
        if (outcome.equals("outbreak") || outcome.equals("phe") || outcome.equals("cluster")) {
            excludeFromBaselines(id);
        }
    }

    /**
     * Confirmed clusters and outbreaks must not raise later baselines (research §6 "exclude known outbreaks from
     * baselines"): the episode's days, from a week before its first trigger to its last, leave the series of every
     * unit and category behind it, and its person events are marked.
     */
    private void excludeFromBaselines(long id) {
        jdbc.sql(
                        """
                        insert into surveillance_baseline_exclusion (channel, unit_id, town_code, category, from_day,
                            to_day, signal_id)
                        select t.channel,
                            case when t.unit_key ~ '^(school|unit):[0-9]+$' then split_part(t.unit_key, ':', 2)::bigint
                                 when t.unit_key ~ '^[0-9]+/' then split_part(t.unit_key, '/', 1)::bigint end,
                            s.town_code, t.category, t.first_day - 7, t.last_day, s.id
                        from surveillance_signal_trigger t join surveillance_signal s on s.id = t.signal_id
                        where s.id = ?""")
                .param(id)
                .update();
        jdbc.sql(
                        """
                        update surveillance_case_event e set excluded_by_signal = ?
                        from surveillance_baseline_exclusion x
                        where x.signal_id = ? and e.town_code = x.town_code and e.category = x.category
                            and e.event_date between x.from_day and x.to_day
                            and (x.unit_id is null or e.school_id = x.unit_id)""")
                .params(id, id)
                .update();
    }

    /** Actors of automated steps (the demo simulator); the audit log records people, the step table everyone. */
    public static final String SYSTEM_ACTOR = "system:";

    private void step(long id, String action, String actor, Instant now, @Nullable String note) {
        Steps.record(jdbc, id, action, actor, now, note);
        if (!actor.startsWith(SYSTEM_ACTOR)) {
            audit.record(AuditLog.Action.UPDATE, "surveillance-signal", List.of(id), "signal " + action);
        }
    }
}
