package org.regionalhealth.emergency.arrests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.emergency.Aetiology;
import org.regionalhealth.emergency.ArrestLocation;
import org.regionalhealth.emergency.CardiacArrest;
import org.regionalhealth.emergency.CardiacArrestRegistered;
import org.regionalhealth.emergency.CardiacArrests;
import org.regionalhealth.emergency.FirstRhythm;
import org.regionalhealth.emergency.NewCardiacArrest;
import org.regionalhealth.emergency.Witnessed;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry in {@code emergency_arrest}; a year is a calendar year of the call in the district's zone. */
@Service
class JdbcCardiacArrests implements CardiacArrests {

    private final JdbcClient jdbc;
    private final AedRegistry aeds;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    JdbcCardiacArrests(
            JdbcClient jdbc, AedRegistry aeds, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.aeds = aeds;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every inconsistency of an arrest, by field (empty when it can be registered). */
    Map<String, String> check(NewCardiacArrest a) {
        var errors = new LinkedHashMap<String, String>();
        if (a.callAt().isAfter(Instant.now(clock))) {
            errors.put("callAt", "呼救时间不能晚于现在");
        }
        if (a.age() != null && (a.age() < 0 || a.age() > 120)) {
            errors.put("age", "年龄应在 0 到 120 岁之间");
        }
        if (!List.of("M", "F", "U").contains(a.sex())) {
            errors.put("sex", "请选择性别");
        }
        if (a.responseMinutes() != null && (a.responseMinutes() < 0 || a.responseMinutes() > 240)) {
            errors.put("responseMinutes", "到达时间应在 0 到 240 分钟之间");
        }
        if (a.shocks() < 0 || a.shocks() > 30) {
            errors.put("shocks", "除颤次数应在 0 到 30 之间");
        } else if (a.shocks() > 0 && !a.bystanderAed()) {
            errors.put("shocks", "有除颤次数时应勾选“旁观者使用了AED”");
        }
        if (a.aedId() != null && aeds.find(a.aedId()).isEmpty()) {
            errors.put("aedId", "AED编号不存在");
        }
        if (a.aedId() != null && !a.bystanderAed()) {
            errors.put("aedId", "填写了AED编号时应勾选“旁观者使用了AED”");
        }
        if (!a.resuscitationAttempted() && (a.bystanderCpr() || a.bystanderAed() || a.anyRosc() || a.survivedEvent())) {
            errors.put("resuscitationAttempted", "未尝试复苏时不能有心肺复苏、AED或自主循环恢复");
        }
        if (a.survivedEvent() && !a.anyRosc()) {
            errors.put("survivedEvent", "存活入院需要先有自主循环恢复（ROSC）");
        }
        if (Boolean.TRUE.equals(a.survivedDischarge()) && !a.survivedEvent()) {
            errors.put("survivedDischarge", "存活出院需要先存活入院");
        }
        if (a.cpc() != null && (a.cpc() < 1 || a.cpc() > 4)) {
            errors.put("cpc", "存活出院者的CPC应为 1 到 4");
        } else if (a.cpc() != null && !Boolean.TRUE.equals(a.survivedDischarge())) {
            errors.put("cpc", "只有存活出院才评定CPC");
        }
        if (a.rescuerName() != null && a.rescuerName().length() > 64) {
            errors.put("rescuerName", "姓名不超过64个字");
        }
        if (a.rescuerPhone() != null && !a.rescuerPhone().matches("[0-9+\\- ]{5,32}")) {
            errors.put("rescuerPhone", "电话只能包含数字、空格、+ 和 -");
        }
        return errors;
    }

    @Override
    @Transactional
    public long register(NewCardiacArrest a, CurrentUser user) {
        var errors = check(a);
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "ARREST_INVALID", String.join("；", errors.values()), errors);
        }
        var p = new HashMap<String, Object>();
        p.put("town", a.townCode());
        p.put("call", Timestamp.from(a.callAt()));
        p.put("age", a.age());
        p.put("sex", a.sex());
        p.put("location", a.location().name());
        p.put("witnessed", a.witnessed().name());
        p.put("aetiology", a.aetiology().name());
        p.put("attempted", a.resuscitationAttempted());
        p.put("dispatcher", a.dispatcherRecognised());
        p.put("cpr", a.bystanderCpr());
        p.put("aed", a.bystanderAed());
        p.put("aedId", a.aedId());
        p.put("shocks", a.shocks());
        p.put("rhythm", a.firstRhythm().name());
        p.put("response", a.responseMinutes());
        p.put("rosc", a.anyRosc());
        p.put("event", a.survivedEvent());
        p.put("discharge", a.survivedDischarge());
        p.put("cpc", a.cpc());
        p.put("rescuer", blankToNull(a.rescuerName()));
        p.put("phone", blankToNull(a.rescuerPhone()));
        p.put("by", user.username());
        p.put("at", Timestamp.from(Instant.now(clock)));
        long id = jdbc.sql(
                        """
                        insert into emergency_arrest (town_code, call_at, age, sex, location_type, witnessed, aetiology,
                            resuscitation_attempted, dispatcher_recognised, bystander_cpr, bystander_aed, aed_id, shocks,
                            first_rhythm, response_minutes, any_rosc, survived_event, survived_discharge, cpc,
                            rescuer_name, rescuer_phone, registered_by, registered_at)
                        values (:town, :call, :age, :sex, :location, :witnessed, :aetiology, :attempted, :dispatcher,
                            :cpr, :aed, :aedId, :shocks, :rhythm, :response, :rosc, :event, :discharge, :cpc,
                            :rescuer, :phone, :by, :at)
                        returning id""")
                .params(p)
                .query(Long.class)
                .single();
        audit(user, AuditLog.Action.CREATE, "emergency_arrest", List.of(id), "登记院外心脏骤停");
        events.publishEvent(new CardiacArrestRegistered(
                id,
                a.townCode(),
                a.callAt(),
                a.resuscitationAttempted(),
                a.bystanderCpr(),
                a.bystanderAed(),
                a.resuscitationAttempted() && a.survivedEvent()));
        return id;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    @Transactional
    public void recordOutcome(long id, boolean survivedDischarge, @Nullable Integer cpc, CurrentUser user) {
        var arrest = row(id).orElseThrow(() -> PlatformException.notFound("ARREST_NOT_FOUND", "未找到该心脏骤停登记"));
        var errors = new LinkedHashMap<String, String>();
        if (survivedDischarge && !arrest.survivedEvent()) {
            errors.put("survivedDischarge", "未存活入院的患者不能登记为存活出院");
        }
        if (cpc != null && !survivedDischarge) {
            errors.put("cpc", "只有存活出院才评定CPC");
        } else if (cpc != null && (cpc < 1 || cpc > 4)) {
            errors.put("cpc", "存活出院者的CPC应为 1 到 4");
        } else if (cpc == null && survivedDischarge) {
            errors.put("cpc", "请填写出院时的CPC评分");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "ARREST_OUTCOME_INVALID", String.join("；", errors.values()), errors);
        }
        jdbc.sql("update emergency_arrest set survived_discharge = ?, cpc = ?, outcome_updated_at = ? where id = ?")
                .params(survivedDischarge, cpc, Timestamp.from(Instant.now(clock)), id)
                .update();
        audit(user, AuditLog.Action.UPDATE, "emergency_arrest", List.of(id), "登记出院结局");
    }

    @Override
    public Optional<CardiacArrest> find(long id, CurrentUser user) {
        var arrest = row(id);
        arrest.ifPresent(a -> audit(user, AuditLog.Action.READ, "emergency_arrest", List.of(id), "查看心脏骤停登记"));
        return arrest.map(a -> user.mayReadFullIdentifiers() ? a : a.masked(user.mayReadFullNames()));
    }

    private Optional<CardiacArrest> row(long id) {
        return jdbc.sql("select * from emergency_arrest where id = ?")
                .param(id)
                .query(JdbcCardiacArrests::map)
                .optional();
    }

    private Timestamp[] bounds(int year) {
        return new Timestamp[] {
            Timestamp.from(
                    LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant()),
            Timestamp.from(
                    LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant())
        };
    }

    @Override
    public PageResult<CardiacArrest> list(int year, @Nullable String townCode, int page, int size, CurrentUser user) {
        var b = bounds(year);
        String town = townCode == null || townCode.isBlank() ? null : townCode;
        int s = PageResult.boundedSize(size);
        int p = Math.max(0, page);
        long total = jdbc.sql(
                        """
                        select count(*) from emergency_arrest where call_at >= :from and call_at < :to
                           and (cast(:town as varchar) is null or town_code = :town)""")
                .param("from", b[0])
                .param("to", b[1])
                .param("town", town)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        """
                        select * from emergency_arrest where call_at >= :from and call_at < :to
                           and (cast(:town as varchar) is null or town_code = :town)
                         order by call_at desc, id desc limit :limit offset :offset""")
                .param("from", b[0])
                .param("to", b[1])
                .param("town", town)
                .param("limit", s)
                .param("offset", (long) p * s)
                .query(JdbcCardiacArrests::map)
                .list();
        audit(
                user,
                AuditLog.Action.SEARCH,
                "emergency_arrest",
                items.stream().map(CardiacArrest::id).toList(),
                "心脏骤停登记列表 " + year);
        var shown = items.stream()
                .map(a -> user.mayReadFullIdentifiers() ? a : a.masked(user.mayReadFullNames()))
                .toList();
        return new PageResult<>(shown, total, p, s);
    }

    @Override
    public List<CardiacArrest> ofYear(int year) {
        var b = bounds(year);
        return jdbc
                .sql("select * from emergency_arrest where call_at >= ? and call_at < ? order by id")
                .params(b[0], b[1])
                .query(JdbcCardiacArrests::map)
                .list()
                .stream()
                .map(a -> new CardiacArrest(
                        a.id(),
                        a.townCode(),
                        a.callAt(),
                        a.age(),
                        a.sex(),
                        a.location(),
                        a.witnessed(),
                        a.aetiology(),
                        a.resuscitationAttempted(),
                        a.dispatcherRecognised(),
                        a.bystanderCpr(),
                        a.bystanderAed(),
                        a.aedId(),
                        a.shocks(),
                        a.firstRhythm(),
                        a.responseMinutes(),
                        a.anyRosc(),
                        a.survivedEvent(),
                        a.survivedDischarge(),
                        a.cpc(),
                        null,
                        null))
                .toList();
    }

    @Override
    public List<CardiacArrest> rewardCandidates(CurrentUser user) {
        var items = jdbc.sql(
                        """
                        select * from emergency_arrest
                         where resuscitation_attempted and bystander_aed and survived_event
                         order by call_at desc, id desc""")
                .query(JdbcCardiacArrests::map)
                .list();
        audit(
                user,
                AuditLog.Action.SEARCH,
                "emergency_arrest",
                items.stream().map(CardiacArrest::id).toList(),
                "AED施救奖励候选");
        return items.stream()
                .map(a -> user.mayReadFullIdentifiers() ? a : a.masked(user.mayReadFullNames()))
                .toList();
    }

    @Override
    public List<Integer> years() {
        return jdbc.sql(
                        "select distinct cast(extract(year from call_at at time zone ?) as int) y from emergency_arrest order by y desc")
                .param(clock.getZone().getId())
                .query(Integer.class)
                .list();
    }

    private static CardiacArrest map(ResultSet rs, int row) throws SQLException {
        return new CardiacArrest(
                rs.getLong("id"),
                rs.getString("town_code"),
                rs.getTimestamp("call_at").toInstant(),
                (Integer) rs.getObject("age"),
                rs.getString("sex"),
                ArrestLocation.valueOf(rs.getString("location_type")),
                Witnessed.valueOf(rs.getString("witnessed")),
                Aetiology.valueOf(rs.getString("aetiology")),
                rs.getBoolean("resuscitation_attempted"),
                rs.getBoolean("dispatcher_recognised"),
                rs.getBoolean("bystander_cpr"),
                rs.getBoolean("bystander_aed"),
                (Long) rs.getObject("aed_id"),
                rs.getInt("shocks"),
                FirstRhythm.valueOf(rs.getString("first_rhythm")),
                (Integer) rs.getObject("response_minutes"),
                rs.getBoolean("any_rosc"),
                rs.getBoolean("survived_event"),
                (Boolean) rs.getObject("survived_discharge"),
                (Integer) rs.getObject("cpc"),
                rs.getString("rescuer_name"),
                rs.getString("rescuer_phone"));
    }
    /** Demo seeding writes as the system (no signed-in user); every person's read and write is audited. */
    private void audit(CurrentUser user, AuditLog.Action action, String type, List<Long> ids, String purpose) {
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(action, type, ids, purpose);
        }
    }
}
