package org.regionalhealth.surveillance.signals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.surveillance.SurveillanceProperties;
import org.regionalhealth.surveillance.response.Dispatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns triggers into signals: the same town and syndrome group within the de-dup period is one signal however many
 * channels, units, rules and days feed it (research §8.1 de-dup, §8.7 "the same cluster seen in two channels is one
 * signal"), and the rules on one class of the morning check join that class's open signal whatever the symptoms
 * (the same pupils with fever and rash are one cluster, issue 16); each new trigger regrades the signal, rewrites its explanation and, when the grade rises, dispatches
 * again. A new signal is dispatched at once and its handling clock starts.
 */
@Service
public class Signals {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Dispatcher dispatcher;
    private final SurveillanceProperties properties;
    private final Fusion fusion;

    Signals(JdbcClient jdbc, Organizations organizations, Dispatcher dispatcher, SurveillanceProperties properties) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.fusion = new Fusion(properties.redChannels(), properties.corroborationDays());
    }

    /** Attaches the trigger to the open signal of its town and syndrome group, or opens one; returns its id. */
    @Transactional
    public long raise(Trigger t, Instant now, boolean simulated) {
        String syndrome = t.syndrome();
        LocalDate since = t.day().minusDays(properties.dedupDays());
        // the same class's pupils are one cluster whatever their symptoms: fever and rash in one class is one signal
        Optional<Long> open = sameCluster(t)
                ? jdbc.sql(
                                """
                                select s.id from surveillance_signal s
                                where s.closed_at is null and s.last_day >= ? and exists (
                                    select 1 from surveillance_signal_trigger g
                                    where g.signal_id = s.id and g.channel = ? and g.unit_key = ?)
                                order by s.id limit 1 for update""")
                        .params(since, t.channel(), t.unitKey())
                        .query(Long.class)
                        .optional()
                : Optional.empty();
        if (open.isEmpty()) {
            open = jdbc.sql(
                            """
                            select id from surveillance_signal
                            where town_code = ? and syndrome = ? and closed_at is null and last_day >= ?
                            order by id limit 1 for update""")
                    .params(t.townCode(), syndrome, since)
                    .query(Long.class)
                    .optional();
        }
        long id;
        Grade before = null;
        if (open.isPresent()) {
            id = open.get();
            before = Grade.of(jdbc.sql("select grade from surveillance_signal where id = ?")
                    .param(id)
                    .query(String.class)
                    .single());
        } else {
            id = jdbc.sql(
                            """
                            insert into surveillance_signal (town_code, unit_path, syndrome, grade, status, title,
                                explanation, first_day, last_day, generated_at, sla_hours, due_at, simulated)
                            values (?, ?, ?, 'blue', 'dispatched', '', '', ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            t.townCode(),
                            organizations.root().path(),
                            syndrome,
                            t.day(),
                            t.day(),
                            Timestamp.from(now),
                            t.slaHours(),
                            Timestamp.from(now.plus(t.slaHours(), ChronoUnit.HOURS)),
                            simulated)
                    .query(Long.class)
                    .single();
        }
        jdbc.sql(
                        """
                        insert into surveillance_signal_trigger (signal_id, channel, kind, rule_id, rule_name, tier,
                            unit_key, unit_label, unit_path, category, first_day, last_day, count, baseline, threshold,
                            pvalue, persons, source)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (signal_id, rule_id, unit_key, category) do update set
                            last_day = greatest(surveillance_signal_trigger.last_day, excluded.last_day),
                            first_day = least(surveillance_signal_trigger.first_day, excluded.first_day),
                            count = greatest(surveillance_signal_trigger.count, excluded.count),
                            baseline = excluded.baseline, threshold = excluded.threshold, pvalue = excluded.pvalue,
                            tier = case when excluded.tier = 'red' then 'red' else surveillance_signal_trigger.tier end,
                            persons = case when excluded.count >= surveillance_signal_trigger.count
                                then excluded.persons else surveillance_signal_trigger.persons end""")
                .params(
                        id,
                        t.channel(),
                        t.kind(),
                        t.ruleId(),
                        t.ruleName(),
                        t.tier(),
                        t.unitKey(),
                        t.unitLabel(),
                        t.unitPath(),
                        t.category(),
                        t.day(),
                        t.day(),
                        t.count(),
                        t.baseline(),
                        t.threshold(),
                        t.pvalue(),
                        String.join("、", t.persons()),
                        t.source())
                .update();
        List<Trigger> triggers = triggersOf(id);
        Fusion.Graded graded = fusion.gradeTriggers(triggers);
        String townName =
                organizations.division(t.townCode()).map(Division::name).orElse(t.townCode());
        int sla = triggers.stream().mapToInt(Trigger::slaHours).min().orElse(t.slaHours());
        jdbc.sql(
                        """
                        update surveillance_signal set grade = ?, title = ?, explanation = ?,
                            first_day = least(first_day, ?), last_day = greatest(last_day, ?),
                            due_at = case when acknowledged_at is null and ? < sla_hours
                                then generated_at + make_interval(hours => ?) else due_at end,
                            sla_hours = least(sla_hours, ?)
                        where id = ?""")
                .params(
                        graded.grade().code(),
                        truncate(Explanation.title(townName, syndrome, triggers), 300),
                        Explanation.text(townName, syndrome, graded, triggers),
                        t.day(),
                        t.day(),
                        sla,
                        sla,
                        sla,
                        id)
                .update();
        if (before == null) {
            dispatcher.dispatch(id, graded.grade(), now);
        } else if (graded.grade().moreSevereThan(before)) {
            dispatcher.upgraded(id, before, graded.grade(), now);
        }
        return id;
    }

    /**
     * Whether the trigger counts the same persons as any other trigger of its unit: a rule on one class (dormitory)
     * of the school morning check, where the nurse enters the same pupils under several symptoms. Other units (a
     * village, a town) may hold unrelated illnesses and stay apart by syndrome group.
     */
    static boolean sameCluster(Trigger t) {
        return t.isRule()
                && "school".equals(t.channel())
                && t.unitKey().chars().filter(c -> c == '/').count() == 2;
    }

    /** The triggers of a signal, as stored. */
    public List<Trigger> triggersOf(long signalId) {
        return jdbc.sql(
                        """
                        select t.*, s.town_code from surveillance_signal_trigger t
                        join surveillance_signal s on s.id = t.signal_id where t.signal_id = ? order by t.id""")
                .param(signalId)
                .query((rs, n) -> {
                    String tier = rs.getString("tier");
                    boolean rule = "rule".equals(rs.getString("kind"));
                    return new Trigger(
                            rs.getString("channel"),
                            rs.getString("kind"),
                            rs.getString("rule_id"),
                            rs.getString("rule_name"),
                            tier,
                            rs.getString("unit_key"),
                            rs.getString("unit_label"),
                            rs.getString("unit_path"),
                            rs.getString("town_code"),
                            rs.getString("category"),
                            rs.getObject("last_day", LocalDate.class),
                            rs.getDouble("count"),
                            (Double) rs.getObject("baseline"),
                            rs.getDouble("threshold"),
                            (Double) rs.getObject("pvalue"),
                            rs.getString("persons").isEmpty()
                                    ? List.of()
                                    : new ArrayList<>(Arrays.asList(
                                            rs.getString("persons").split("、"))),
                            rs.getString("source"),
                            rule && (tier.equals("single-case") || tier.equals("outbreak"))
                                    ? 2
                                    : rule ? 24 : properties.statisticalSlaHours());
                })
                .list();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
