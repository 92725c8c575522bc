package org.regionalhealth.surveillance.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.surveillance.signals.Categories;
import org.regionalhealth.surveillance.signals.Explanation;
import org.regionalhealth.surveillance.signals.Syndromes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Signals as the CDC sees them: lists, one signal with its triggers and steps, names masked by the reader's rights. */
@Service
public class SignalViews {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditLog audit;

    SignalViews(JdbcClient jdbc, Organizations organizations, AuditLog audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** A signal in a list. */
    public record SignalRow(
            long id,
            String grade,
            String gradeLabel,
            String status,
            String title,
            String townCode,
            String townName,
            String syndrome,
            LocalDate firstDay,
            LocalDate lastDay,
            Instant generatedAt,
            Instant dueAt,
            @Nullable Instant acknowledgedAt,
            @Nullable Instant closedAt,
            @Nullable String outcome,
            int slaHours,
            int escalationLevel,
            boolean simulated) {

        public boolean overdue(Instant now) {
            return acknowledgedAt == null && closedAt == null && dueAt.isBefore(now);
        }
    }

    /** One trigger as shown. */
    public record TriggerRow(
            String channel,
            String kind,
            String rule,
            String tier,
            String unit,
            String category,
            LocalDate firstDay,
            LocalDate lastDay,
            double count,
            @Nullable Double baseline,
            double threshold,
            @Nullable Double pvalue,
            String persons,
            String source) {}

    public record StepRow(String action, String actor, Instant at, @Nullable String note) {}

    public record Detail(SignalRow signal, String explanation, List<TriggerRow> triggers, List<StepRow> steps) {}

    private static final String COLUMNS =
            """
            id, grade, status, title, town_code, syndrome, first_day, last_day, generated_at, due_at, acknowledged_at,
            closed_at, outcome, sla_hours, escalation_level, simulated""";

    public List<SignalRow> list(CurrentUser user, boolean openOnly, int limit) {
        return jdbc.sql("select " + COLUMNS + " from surveillance_signal where unit_path like ?"
                        + (openOnly ? " and closed_at is null" : "")
                        + " order by case grade when 'red' then 0 when 'orange' then 1 when 'yellow' then 2 else 3 end,"
                        + " generated_at desc limit ?")
                .params(user.scope().likePattern(), limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    public Optional<Detail> detail(CurrentUser user, long id) {
        Optional<SignalRow> signal = jdbc.sql(
                        "select " + COLUMNS + " from surveillance_signal where id = ? and unit_path like ?")
                .params(id, user.scope().likePattern())
                .query((rs, n) -> row(rs))
                .optional();
        if (signal.isEmpty()) {
            return Optional.empty();
        }
        String explanation = jdbc.sql("select explanation from surveillance_signal where id = ?")
                .param(id)
                .query(String.class)
                .single();
        boolean full = user.mayReadFullNames();
        boolean[] names = {false};
        List<TriggerRow> triggers = jdbc.sql(
                        "select * from surveillance_signal_trigger where signal_id = ? order by id")
                .param(id)
                .query((rs, n) -> {
                    String persons = rs.getString("persons");
                    if (!persons.isEmpty()) {
                        names[0] = true;
                        if (!full) {
                            persons = String.join(
                                    "、",
                                    java.util.Arrays.stream(persons.split("、"))
                                            .map(Masking::name)
                                            .toList());
                        }
                    }
                    return new TriggerRow(
                            Explanation.channelLabel(rs.getString("channel")),
                            rs.getString("kind"),
                            rs.getString("rule_name"),
                            rs.getString("tier"),
                            rs.getString("unit_label"),
                            Categories.label(rs.getString("category")),
                            rs.getObject("first_day", LocalDate.class),
                            rs.getObject("last_day", LocalDate.class),
                            rs.getDouble("count"),
                            (Double) rs.getObject("baseline"),
                            rs.getDouble("threshold"),
                            (Double) rs.getObject("pvalue"),
                            persons,
                            rs.getString("source"));
                })
                .list();
        if (names[0]) {
            audit.record(AuditLog.Action.READ, "surveillance-signal-persons", List.of(id), "signal detail " + id);
        }
        List<StepRow> steps = jdbc.sql(
                        "select action, actor, at, note from surveillance_signal_step where signal_id = ?"
                                + " order by at, id")
                .param(id)
                .query((rs, n) -> new StepRow(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
        return Optional.of(new Detail(signal.get(), explanation, triggers, steps));
    }

    private SignalRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String grade = rs.getString("grade");
        String town = rs.getString("town_code");
        return new SignalRow(
                rs.getLong("id"),
                grade,
                org.regionalhealth.surveillance.signals.Grade.of(grade).labelZh(),
                rs.getString("status"),
                rs.getString("title"),
                town,
                organizations.division(town).map(Division::name).orElse(town),
                Syndromes.label(rs.getString("syndrome")),
                rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class),
                rs.getTimestamp("generated_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                rs.getTimestamp("acknowledged_at") == null
                        ? null
                        : rs.getTimestamp("acknowledged_at").toInstant(),
                rs.getTimestamp("closed_at") == null
                        ? null
                        : rs.getTimestamp("closed_at").toInstant(),
                rs.getString("outcome"),
                rs.getInt("sla_hours"),
                rs.getInt("escalation_level"),
                rs.getBoolean("simulated"));
    }
}
