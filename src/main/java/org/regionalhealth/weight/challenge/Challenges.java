package org.regionalhealth.weight.challenge;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.weight.plan.Plans;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group challenges of 萧慧减 (issue 22 item 5): a village's residents, or a workplace's staff with its six-digit code,
 * are active together for a period and see their group's standings. The standings rank active minutes during the
 * challenge (exercise check-ins), not weight lost: a contest on loss would reward the rapid loss the coach warns
 * against. No weight is shown; a resident sees their own line and the others as 队友 (teammate), staff see the names
 * as their role may.
 */
@Component
public class Challenges {

    /** Longest challenge: a quarter and a half, like the national 体重管理年 campaigns' stages. */
    public static final int MAX_DAYS = 120;

    public enum ChallengeKind {
        VILLAGE,
        WORKPLACE
    }

    public record Challenge(
            long id,
            String name,
            ChallengeKind kind,
            @Nullable String villageCode,
            @Nullable String workplace,
            @Nullable String joinCode,
            LocalDate startsOn,
            LocalDate endsOn,
            long members,
            long totalMinutes,
            String unitPath) {

        public boolean open(LocalDate today) {
            return !today.isAfter(endsOn);
        }

        /** Weeks elapsed of the challenge, at least one (for minutes per week). */
        public long weeks(LocalDate today) {
            var last = today.isBefore(endsOn) ? today : endsOn;
            return Math.max(1, (ChronoUnit.DAYS.between(startsOn, last) + 7) / 7);
        }
    }

    /** One member's line of the standings. */
    public record Standing(int rank, String name, boolean me, long minutes, int activeDays) {}

    public record NewChallenge(
            @Nullable String name,
            @Nullable ChallengeKind kind,
            @Nullable String workplace,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final ResidentIndex residents;
    private final AuditLog audit;
    private final Clock clock;

    Challenges(JdbcClient jdbc, Organizations organizations, ResidentIndex residents, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a challenge organised by the user's unit: a village challenge for the village of the user's station, a
     * workplace challenge with a join code. Every problem is named on its field; nothing is stored then.
     */
    @Transactional
    public Challenge create(NewChallenge form, CurrentUser user) {
        var errors = new LinkedHashMap<String, String>();
        var today = LocalDate.now(clock);
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 40) {
            errors.put("name", "请填写挑战名称（40字以内）");
        }
        if (form.kind() == null) {
            errors.put("kind", "请选择本村（社区）挑战或单位挑战");
        }
        String village = organizations
                .find(user.unitId())
                .map(u -> u.divisionCode())
                .filter(code -> code.length() == 12)
                .orElse(null);
        if (form.kind() == ChallengeKind.VILLAGE && village == null) {
            errors.put("kind", "本村（社区）挑战请由村（社区）卫生服务站创建");
        }
        String workplace = form.workplace() == null ? "" : form.workplace().strip();
        if (form.kind() == ChallengeKind.WORKPLACE && (workplace.isEmpty() || workplace.length() > 40)) {
            errors.put("workplace", "请填写单位名称（40字以内）");
        }
        if (form.startsOn() == null) {
            errors.put("startsOn", "请选择开始日期");
        } else if (form.startsOn().isBefore(today)) {
            errors.put("startsOn", "开始日期不能早于今天");
        }
        if (form.endsOn() == null) {
            errors.put("endsOn", "请选择结束日期");
        } else if (form.startsOn() != null
                && form.endsOn().isBefore(form.startsOn().plusDays(6))) {
            errors.put("endsOn", "挑战至少持续7天");
        } else if (form.startsOn() != null
                && form.endsOn().isAfter(form.startsOn().plusDays(MAX_DAYS - 1))) {
            errors.put("endsOn", "挑战最长" + MAX_DAYS + "天");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "WEIGHT_CHALLENGE_INVALID", "请核对标红的项目", errors);
        }
        boolean atWork = form.kind() == ChallengeKind.WORKPLACE;
        String code = atWork ? newCode() : null;
        long id = jdbc.sql(
                        """
                        insert into weight_challenge (name, kind, village_code, workplace, join_code, unit_path,
                            starts_on, ends_on, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        name,
                        form.kind().name(),
                        atWork ? null : village,
                        atWork ? workplace : null,
                        code,
                        user.scope().unitPath(),
                        form.startsOn(),
                        form.endsOn(),
                        user.username(),
                        java.sql.Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "weight_challenge", List.of(id), "萧慧减团体挑战：" + name);
        return find(id).orElseThrow();
    }

    private String newCode() {
        for (int i = 0; i < 20; i++) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            boolean taken = jdbc.sql("select count(*) from weight_challenge where join_code = ?")
                            .param(code)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!taken) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code");
    }

    /** The challenges organised in the user's scope, the running and coming ones first. */
    public PageResult<Challenge> organised(CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql("select count(*) from weight_challenge where unit_path like ?")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        var items = select(
                "c.unit_path like ? order by c.ends_on < current_date, c.starts_on desc, c.id desc"
                        + " limit ? offset ?",
                user.scope().likePattern(),
                bounded,
                (long) Math.max(page, 0) * bounded);
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    /** For a resident: the running or coming challenges of their village, and every challenge they joined. */
    public List<Challenge> forResident(CurrentUser user) {
        long me = Plans.ownResident(user);
        String village =
                residents.find(me, user, "萧慧减团体挑战").map(r -> r.divisionCode()).orElse("");
        return select(
                "(c.village_code = ? and c.ends_on >= ?) or exists (select 1 from weight_challenge_member x"
                        + " where x.challenge_id = c.id and x.resident_id = ?)"
                        + " order by c.ends_on < current_date, c.starts_on, c.id limit 50",
                village,
                LocalDate.now(clock),
                me);
    }

    public boolean isMember(long challengeId, CurrentUser user) {
        return jdbc.sql("select count(*) from weight_challenge_member where challenge_id = ? and resident_id = ?")
                        .params(challengeId, Plans.ownResident(user))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Joins a village challenge by its id (residents of that village) or a workplace one by its code. */
    @Transactional
    public Challenge join(@Nullable Long challengeId, @Nullable String joinCode, CurrentUser user) {
        long me = Plans.ownResident(user);
        var today = LocalDate.now(clock);
        Challenge challenge;
        if (joinCode != null && !joinCode.isBlank()) {
            challenge = jdbc.sql("select id from weight_challenge where join_code = ?")
                    .param(joinCode.strip())
                    .query(Long.class)
                    .optional()
                    .flatMap(this::find)
                    .orElseThrow(() -> PlatformException.invalidField(
                            "WEIGHT_CHALLENGE_INVALID", "joinCode", "没有这个挑战码，请向单位组织者核对6位数字"));
        } else {
            var village = residents
                    .find(me, user, "萧慧减团体挑战")
                    .map(r -> r.divisionCode())
                    .orElse("");
            challenge = Optional.ofNullable(challengeId)
                    .flatMap(this::find)
                    .filter(c -> c.kind() == ChallengeKind.VILLAGE && village.equals(c.villageCode()))
                    .orElseThrow(() -> PlatformException.notFound("WEIGHT_CHALLENGE_NOT_FOUND", "没有找到本村（社区）的这项挑战"));
        }
        if (!challenge.open(today)) {
            throw PlatformException.invalidField("WEIGHT_CHALLENGE_INVALID", "joinCode", "这项挑战已经结束");
        }
        boolean enrolled = jdbc.sql("select count(*) from weight_plan where resident_id = ?")
                        .param(me)
                        .query(Long.class)
                        .single()
                > 0;
        if (!enrolled) {
            throw PlatformException.invalidField("WEIGHT_CHALLENGE_INVALID", "joinCode", "请先在萧慧减建立体重管理计划，再参加挑战");
        }
        // joined twice, also at once: the primary key keeps one row and the second insert does nothing
        jdbc.sql(
                        """
                        insert into weight_challenge_member (challenge_id, resident_id, joined_on)
                        values (?, ?, ?) on conflict do nothing""")
                .params(challenge.id(), me, today)
                .update();
        audit.record(AuditLog.Action.UPDATE, "weight_challenge", List.of(challenge.id()), "参加萧慧减团体挑战");
        return find(challenge.id()).orElseThrow();
    }

    /**
     * The standings of a challenge, a page at a time: active minutes during the challenge, then active days. A
     * resident must be a member; staff must hold the organiser's unit in scope.
     */
    public PageResult<Standing> standings(long challengeId, CurrentUser user, int page, int size) {
        var challenge = find(challengeId)
                .orElseThrow(() -> PlatformException.notFound("WEIGHT_CHALLENGE_NOT_FOUND", "没有找到这项挑战"));
        Long me = user.scope().residentId().orElse(null);
        if (me != null ? !isMember(challengeId, user) : !user.scope().covers(challenge.unitPath())) {
            throw PlatformException.notFound("WEIGHT_CHALLENGE_NOT_FOUND", "没有找到这项挑战");
        }
        int bounded = PageResult.boundedSize(size);
        var last = LocalDate.now(clock).isBefore(challenge.endsOn()) ? LocalDate.now(clock) : challenge.endsOn();
        record Row(long residentId, long minutes, int days) {}
        var rows = jdbc.sql(
                        """
                        select m.resident_id, coalesce(sum(e.minutes), 0), count(distinct e.day)
                        from weight_challenge_member m
                          left join weight_exercise e on e.resident_id = m.resident_id
                            and e.day between ? and ?
                        where m.challenge_id = ?
                        group by m.resident_id
                        order by 2 desc, 3 desc, m.resident_id
                        limit ? offset ?""")
                .params(challenge.startsOn(), last, challengeId, bounded, (long) Math.max(page, 0) * bounded)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .list();
        // staff read the names through the resident index in their own scope (audited there); a resident sees
        // only their own line named: fellow members are 队友, since a resident's scope holds no one else's record
        int first = Math.max(page, 0) * bounded;
        var items = new java.util.ArrayList<Standing>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            boolean mine = me != null && me == r.residentId();
            String name;
            if (mine) {
                name = "我";
            } else if (me != null) {
                name = "队友";
            } else {
                name = residents
                        .find(r.residentId(), user, "萧慧减团体挑战排名")
                        .map(resident -> user.mayReadFullNames() ? resident.name() : Masking.name(resident.name()))
                        .orElse("居民");
            }
            items.add(new Standing(first + i + 1, name, mine, r.minutes(), r.days()));
        }
        return new PageResult<>(items, challenge.members(), Math.max(page, 0), bounded);
    }

    public Optional<Challenge> find(long id) {
        return select("c.id = ?", id).stream().findFirst();
    }

    private List<Challenge> select(String where, Object... params) {
        return jdbc.sql(
                        """
                        select c.id, c.name, c.kind, c.village_code, c.workplace, c.join_code, c.starts_on, c.ends_on,
                          (select count(*) from weight_challenge_member m where m.challenge_id = c.id),
                          (select coalesce(sum(e.minutes), 0) from weight_challenge_member m
                             join weight_exercise e on e.resident_id = m.resident_id
                               and e.day between c.starts_on and c.ends_on
                           where m.challenge_id = c.id),
                          c.unit_path
                        from weight_challenge c where\s"""
                                + where)
                .params(params)
                .query((rs, n) -> new Challenge(
                        rs.getLong(1),
                        rs.getString(2),
                        ChallengeKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getString(11)))
                .list();
    }
}
