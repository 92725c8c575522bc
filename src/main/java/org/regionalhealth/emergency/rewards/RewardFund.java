package org.regionalhealth.emergency.rewards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.regionalhealth.emergency.CardiacArrest;
import org.regionalhealth.emergency.CardiacArrests;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CsvRows;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward fund (心脏骤停抢救成功奖励基金): which arrests qualify under the rule valid on the day of the arrest,
 * one reward per arrest (proposing twice returns the same reward), approval, payment (paying twice pays once) and
 * the ledger.
 */
@Service
public class RewardFund {

    private final JdbcClient jdbc;
    private final CardiacArrests arrests;
    private final AuditLog audit;
    private final Clock clock;
    private final List<RewardRule> rules;

    RewardFund(JdbcClient jdbc, CardiacArrests arrests, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.arrests = arrests;
        this.audit = audit;
        this.clock = clock;
        this.rules = load();
    }

    static List<RewardRule> load() {
        try (var in = new ClassPathResource("emergency/reward-rules.csv").getInputStream()) {
            var rows = CsvRows.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var list = new ArrayList<RewardRule>();
            for (var r : rows.subList(1, rows.size())) {
                list.add(new RewardRule(
                        Integer.parseInt(r.get(0)),
                        LocalDate.parse(r.get(1)),
                        new BigDecimal(r.get(2)),
                        Boolean.parseBoolean(r.get(3)),
                        Boolean.parseBoolean(r.get(4)),
                        Boolean.parseBoolean(r.get(5)),
                        Boolean.parseBoolean(r.get(6)),
                        r.get(7)));
            }
            list.sort(Comparator.comparing(RewardRule::validFrom));
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<RewardRule> rules() {
        return rules;
    }

    /** The rule in force on a day, if any. */
    public Optional<RewardRule> ruleOn(LocalDate day) {
        RewardRule found = null;
        for (RewardRule r : rules) {
            if (!r.validFrom().isAfter(day)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    private LocalDate day(CardiacArrest a) {
        return a.callAt().atZone(clock.getZone()).toLocalDate();
    }

    public boolean eligible(CardiacArrest a) {
        return ruleOn(day(a)).map(r -> r.eligible(a)).orElse(false);
    }

    /**
     * Proposes the reward of an arrest; idempotent: the arrest's existing reward is returned unchanged.
     *
     * @throws PlatformException {@code REWARD_NOT_ELIGIBLE} (409) when the arrest does not qualify
     */
    @Transactional
    public Reward propose(long arrestId, CurrentUser user) {
        var existing = ofArrest(arrestId);
        if (existing.isPresent()) {
            return existing.get();
        }
        var arrest = arrests.find(arrestId, user)
                .orElseThrow(() -> PlatformException.notFound("ARREST_NOT_FOUND", "未找到该心脏骤停登记"));
        var rule = ruleOn(day(arrest))
                .filter(r -> r.eligible(arrest))
                .orElseThrow(
                        () -> PlatformException.conflict("REWARD_NOT_ELIGIBLE", "该例不符合奖励条件：需旁观者使用AED、患者存活入院并登记施救者姓名"));
        jdbc.sql(
                        """
                        insert into emergency_reward (arrest_id, rule_version, amount, state, proposed_by, proposed_at)
                        values (?, ?, ?, 'PROPOSED', ?, ?) on conflict (arrest_id) do nothing""")
                .params(arrestId, rule.version(), rule.amount(), user.username(), Timestamp.from(Instant.now(clock)))
                .update();
        var reward = ofArrest(arrestId).orElseThrow();
        audit(user, AuditLog.Action.CREATE, "emergency_reward", List.of(reward.id()), "提名AED施救奖励");
        return reward;
    }

    /** Approves or rejects a proposed reward; deciding a decided reward again changes nothing. */
    @Transactional
    public Reward decide(long rewardId, boolean approve, CurrentUser user) {
        var reward = find(rewardId);
        if (reward.state() == RewardState.PROPOSED) {
            jdbc.sql(
                            "update emergency_reward set state = ?, decided_by = ?, decided_at = ? where id = ? and state = 'PROPOSED'")
                    .params(
                            approve ? "APPROVED" : "REJECTED",
                            user.username(),
                            Timestamp.from(Instant.now(clock)),
                            rewardId)
                    .update();
            audit(user, AuditLog.Action.UPDATE, "emergency_reward", List.of(rewardId), approve ? "批准奖励" : "不予奖励");
        }
        return find(rewardId);
    }

    /**
     * Pays an approved reward once: a second call returns the paid reward with its first payment reference.
     *
     * @throws PlatformException {@code REWARD_NOT_APPROVED} (409) for a reward not approved
     */
    @Transactional
    public Reward pay(long rewardId, CurrentUser user) {
        var reward = find(rewardId);
        if (reward.state() == RewardState.PAID) {
            return reward;
        }
        if (reward.state() != RewardState.APPROVED) {
            throw PlatformException.conflict("REWARD_NOT_APPROVED", "奖励尚未批准，不能发放");
        }
        var now = Instant.now(clock);
        String ref =
                "AEDJL-" + now.atZone(clock.getZone()).toLocalDate().toString().replace("-", "") + "-" + rewardId;
        jdbc.sql(
                        "update emergency_reward set state = 'PAID', paid_at = ?, payment_ref = ? where id = ? and state = 'APPROVED'")
                .params(Timestamp.from(now), ref, rewardId)
                .update();
        audit(user, AuditLog.Action.UPDATE, "emergency_reward", List.of(rewardId), "发放奖励 " + ref);
        return find(rewardId);
    }

    public Reward find(long rewardId) {
        return jdbc.sql("select * from emergency_reward where id = ?")
                .param(rewardId)
                .query(RewardFund::map)
                .optional()
                .orElseThrow(() -> PlatformException.notFound("REWARD_NOT_FOUND", "未找到该奖励"));
    }

    public Optional<Reward> ofArrest(long arrestId) {
        return jdbc.sql("select * from emergency_reward where arrest_id = ?")
                .param(arrestId)
                .query(RewardFund::map)
                .optional();
    }

    /** The ledger: every reward, newest first. */
    public List<Reward> ledger() {
        return jdbc.sql("select * from emergency_reward order by proposed_at desc, id desc")
                .query(RewardFund::map)
                .list();
    }

    private static Reward map(ResultSet rs, int row) throws SQLException {
        var decided = rs.getTimestamp("decided_at");
        var paid = rs.getTimestamp("paid_at");
        return new Reward(
                rs.getLong("id"),
                rs.getLong("arrest_id"),
                rs.getInt("rule_version"),
                rs.getBigDecimal("amount"),
                RewardState.valueOf(rs.getString("state")),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                paid == null ? null : paid.toInstant(),
                rs.getString("payment_ref"));
    }
    /** Demo seeding writes as the system (no signed-in user); every person's read and write is audited. */
    private void audit(CurrentUser user, AuditLog.Action action, String type, List<Long> ids, String purpose) {
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(action, type, ids, purpose);
        }
    }
}
