package org.regionalhealth.vaccination.campaign;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.vaccination.VaccinationProperties;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.schedule.Vaccine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: the cohort drawn from the resident index (influenza: 60+ by calendar year, this season; HPV: the
 * programme's girls from 13), how many of it are vaccinated, and SMS invitations to the rest through an outbox. An
 * invitation is queued once per campaign and resident (inviting again queues only those not yet invited), then sent
 * by {@link #dispatch(int)} at most {@code rhp.vaccination.sms-per-minute} a minute through the {@link SmsSender}
 * port; the state, the gateway's message id or the failure stay on the row. Every query is limited to the user's
 * scope; reads and writes are audited.
 */
@Component
public class Campaigns {

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);

    static final String FLU_TEXT = "【萧山区预防接种】您好！按浙江省政策，60岁及以上老年人本季可免费接种流感疫苗。" + "请携带身份证到就近的预防接种门诊接种，也可在“宝宝接种”中预约。";
    static final String HPV_TEXT = "【萧山区预防接种】您好！满13岁的适龄女孩可免费接种HPV疫苗（国家免疫规划，共2剂）。" + "请携带预防接种证到就近的预防接种门诊接种。";

    /** A campaign with its figures in the user's scope. */
    public record View(
            long id,
            String code,
            CampaignKind kind,
            String name,
            LocalDate startsOn,
            long cohort,
            long vaccinated,
            long noPhone,
            long pending,
            long sent,
            long failed) {

        public long unvaccinated() {
            return cohort - vaccinated;
        }

        public String pct() {
            return String.format(java.util.Locale.ROOT, "%.1f%%", cohort == 0 ? 0 : vaccinated * 100.0 / cohort);
        }

        public String width() {
            return String.format(java.util.Locale.ROOT, "width:%.1f%%", cohort == 0 ? 0 : vaccinated * 100.0 / cohort);
        }
    }

    /** One invitation as the campaign page lists it (name and phone masked by the viewer's role). */
    public record Invitation(
            long id,
            long residentId,
            String name,
            String phone,
            String divisionCode,
            InvitationState state,
            @Nullable String failure,
            Instant queuedAt,
            @Nullable Instant sentAt) {}

    private final JdbcClient jdbc;
    private final ScheduleEngine engine;
    private final SmsSender sms;
    private final AuditLog audit;
    private final VaccinationProperties properties;
    private final Clock clock;

    Campaigns(
            JdbcClient jdbc,
            ScheduleEngine engine,
            SmsSender sms,
            AuditLog audit,
            VaccinationProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.sms = sms;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates this season's influenza campaign and the HPV programme campaign when they do not exist yet. */
    @Transactional
    public void ensureCurrent() {
        var today = LocalDate.now(clock);
        var season = engine.rules().influenza().seasonStartOf(today);
        create(
                "FLU-" + season.getYear(),
                CampaignKind.INFLUENZA,
                season.getYear() + "—" + (season.getYear() + 1) + "年度60岁及以上老年人免费流感疫苗接种",
                season);
        create("HPV-NIP", CampaignKind.HPV, "适龄女孩HPV疫苗免费接种（国家免疫规划）", LocalDate.of(2025, 11, 10));
    }

    private void create(String code, CampaignKind kind, String name, LocalDate startsOn) {
        jdbc.sql(
                        """
                        insert into vaccination_campaign (code, kind, name, starts_on, created_at)
                        values (?, ?, ?, ?, ?) on conflict (code) do nothing""")
                .params(code, kind.name(), name, Date.valueOf(startsOn), Timestamp.from(clock.instant()))
                .update();
    }

    /** The current campaigns (this season's influenza, HPV) with their figures in the user's scope. */
    @Transactional
    public List<View> list(CurrentUser user) {
        ensureCurrent();
        var today = LocalDate.now(clock);
        var season = engine.rules().influenza().seasonStartOf(today);
        var rows = jdbc.sql(
                        """
                        select id, code, kind, name, starts_on from vaccination_campaign
                        where kind <> 'INFLUENZA' or starts_on = ? order by starts_on desc, id""")
                .param(Date.valueOf(season))
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    CampaignKind.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class)
                })
                .list();
        var views = new ArrayList<View>();
        for (var r : rows) {
            long id = (Long) r[0];
            var kind = (CampaignKind) r[2];
            var cohort = new Cohort(kind, today, (LocalDate) r[4]);
            long[] figures = new long[3];
            jdbc.sql("select count(*), count(*) filter (where " + cohort.vaccinated()
                            + "), count(*) filter (where coalesce(r.phone, '') = '') from residents_resident r where "
                            + cohort.where() + " and r.unit_path like ?")
                    .params(cohort.params(user.scope().likePattern(), true))
                    .query(rs -> {
                        figures[0] = rs.getLong(1);
                        figures[1] = rs.getLong(2);
                        figures[2] = rs.getLong(3);
                    });
            long[] states = new long[3];
            jdbc.sql(
                            """
                            select state, count(*) from vaccination_invitation where campaign_id = ?
                              and resident_path like ? group by state""")
                    .params(id, user.scope().likePattern())
                    .query(rs -> {
                        states[InvitationState.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2);
                    });
            views.add(new View(
                    id,
                    (String) r[1],
                    kind,
                    (String) r[3],
                    (LocalDate) r[4],
                    figures[0],
                    figures[1],
                    figures[2],
                    states[0],
                    states[1],
                    states[2]));
        }
        return views;
    }

    public Optional<View> find(long id, CurrentUser user) {
        return list(user).stream().filter(v -> v.id() == id).findFirst();
    }

    /**
     * Queues an invitation for every member of the campaign's cohort in the user's scope (and town, when given) who
     * is not vaccinated, has a phone number and was not invited yet. Returns how many were queued.
     */
    @Transactional
    public int invite(long campaignId, @Nullable String townCode, CurrentUser user) {
        int queued = queue(campaignId, townCode, user.scope().likePattern(), user.username());
        audit.record(
                AuditLog.Action.CREATE,
                "vaccination_invitation",
                List.of(campaignId),
                "接种活动邀请短信：加入发送队列 " + queued + " 条");
        log.info("Campaign {}: {} invitations queued by {}", campaignId, queued, user.username());
        return queued;
    }

    /** {@link #invite} for a scope pattern and an actor (the demo seeder); callers audit. */
    @Transactional
    public int queue(long campaignId, @Nullable String townCode, String scopePattern, String actor) {
        var campaign = jdbc.sql("select kind, starts_on from vaccination_campaign where id = ?")
                .param(campaignId)
                .query((rs, n) -> new Cohort(
                        CampaignKind.valueOf(rs.getString(1)), LocalDate.now(clock), rs.getObject(2, LocalDate.class)))
                .optional()
                .orElseThrow(() -> PlatformException.notFound("campaign-not-found", "接种活动不存在"));
        if (townCode != null && !townCode.matches("\\d{9}")) {
            throw PlatformException.invalidField("bad-town", "town", "请选择镇街");
        }
        String text = campaign.kind() == CampaignKind.INFLUENZA ? FLU_TEXT : HPV_TEXT;
        var params = new ArrayList<Object>();
        params.add(campaignId);
        params.add(text);
        params.add(Timestamp.from(clock.instant()));
        params.add(actor);
        params.addAll(List.of(campaign.params(scopePattern, false)));
        params.add(townCode == null ? "%" : townCode + "%");
        return jdbc.sql(
                        """
                        insert into vaccination_invitation (campaign_id, resident_id, resident_path, division_code,
                          phone, text, state, queued_at, queued_by)
                        select ?, r.id, r.unit_path, r.division_code, r.phone, ?, 'PENDING', ?, ?
                        from residents_resident r where %s and r.unit_path like ? and not (%s)
                          and coalesce(r.phone, '') <> '' and r.division_code like ?
                        on conflict (campaign_id, resident_id) do nothing"""
                                .formatted(campaign.where(), campaign.vaccinated()))
                .params(params)
                .update();
    }

    /** The id of a campaign by code. */
    public Optional<Long> idOf(String code) {
        return jdbc.sql("select id from vaccination_campaign where code = ?")
                .param(code)
                .query(Long.class)
                .optional();
    }

    /**
     * Sends up to {@code max} queued invitations, oldest first, through the SMS port; each row becomes SENT (with
     * the gateway's id) or FAILED (with the reason). Rows locked by a concurrent run are skipped. Returns how many
     * were handed to the gateway.
     */
    @Transactional
    public int dispatch(int max) {
        var batch = jdbc.sql(
                        """
                        select id, phone, text from vaccination_invitation where state = 'PENDING'
                        order by id limit ? for update skip locked""")
                .param(max)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        var now = Timestamp.from(clock.instant());
        for (var row : batch) {
            SmsSender.Result result;
            try {
                result = sms.send(row[1], row[2]);
            } catch (RuntimeException e) {
                result = SmsSender.Result.failed("短信网关异常");
            }
            jdbc.sql(
                            """
                            update vaccination_invitation set state = ?, gateway_ref = ?, failure = ?, sent_at = ?
                            where id = ?""")
                    .params(
                            result.accepted() ? "SENT" : "FAILED",
                            result.messageId(),
                            result.failure(),
                            now,
                            Long.parseLong(row[0]))
                    .update();
        }
        return batch.size();
    }

    /** The per-minute batch of the scheduled sender. */
    public int dispatchOneMinute() {
        return dispatch(properties.smsPerMinute());
    }

    /** The campaign's invitations in the user's scope, newest first, paged; names and phones masked by role. */
    public PageResult<Invitation> invitations(
            long campaignId, @Nullable InvitationState state, CurrentUser user, int page, int size) {
        size = PageResult.boundedSize(size);
        page = Math.max(0, page);
        String states = state == null ? "%" : state.name();
        long total = jdbc.sql(
                        """
                        select count(*) from vaccination_invitation where campaign_id = ? and resident_path like ?
                          and state like ?""")
                .params(campaignId, user.scope().likePattern(), states)
                .query(Long.class)
                .single();
        boolean fullName = user.mayReadFullNames();
        boolean fullPhone = user.mayReadFullIdentifiers();
        var items = jdbc.sql(
                        """
                        select i.id, i.resident_id, r.name, i.phone, i.division_code, i.state, i.failure, i.queued_at,
                               i.sent_at
                        from vaccination_invitation i join residents_resident r on r.id = i.resident_id
                        where i.campaign_id = ? and i.resident_path like ? and i.state like ?
                        order by i.id desc limit ? offset ?""")
                .params(campaignId, user.scope().likePattern(), states, size, (long) page * size)
                .query((rs, n) -> new Invitation(
                        rs.getLong(1),
                        rs.getLong(2),
                        fullName ? rs.getString(3) : Masking.name(rs.getString(3)),
                        fullPhone ? rs.getString(4) : Masking.phone(rs.getString(4)),
                        rs.getString(5),
                        InvitationState.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .list();
        audit.record(
                AuditLog.Action.READ,
                "vaccination_invitation",
                items.stream().map(Invitation::residentId).toList(),
                "接种活动邀请名单");
        return new PageResult<>(items, total, page, size);
    }

    /** A campaign's cohort as SQL over {@code residents_resident r}. */
    private final class Cohort {
        private final CampaignKind kind;
        private final LocalDate today;
        private final LocalDate since;

        Cohort(CampaignKind kind, LocalDate today, LocalDate since) {
            this.kind = kind;
            this.today = today;
            this.since = since;
        }

        CampaignKind kind() {
            return kind;
        }

        String where() {
            return kind == CampaignKind.INFLUENZA
                    ? "r.birth_date <= ?"
                    : "r.sex = '2' and r.birth_date >= ? and r.birth_date <= ?";
        }

        private Object[] whereParams() {
            return kind == CampaignKind.INFLUENZA
                    ? new Object[] {Date.valueOf(LocalDate.of(today.getYear() - 60, 12, 31))}
                    : new Object[] {Date.valueOf(LocalDate.of(2011, 11, 10)), Date.valueOf(today.minusYears(13))};
        }

        String vaccinated() {
            return kind == CampaignKind.INFLUENZA
                    ? "exists (select 1 from vaccination_record v where v.resident_id = r.id and v.product = any(?)"
                            + " and v.given_on >= ?)"
                    : "exists (select 1 from vaccination_record v where v.resident_id = r.id and v.product = any(?))";
        }

        private Object[] vaccinatedParams() {
            return kind == CampaignKind.INFLUENZA
                    ? new Object[] {products("FLU"), Date.valueOf(since)}
                    : new Object[] {products("HPV")};
        }

        /** Parameters in statement order: vaccinated first when it comes first (the figures), else cohort first. */
        Object[] params(String scopePattern, boolean vaccinatedFirst) {
            var list = new ArrayList<Object>();
            if (vaccinatedFirst) {
                list.addAll(List.of(vaccinatedParams()));
                list.addAll(List.of(whereParams()));
                list.add(scopePattern);
            } else {
                list.addAll(List.of(whereParams()));
                list.add(scopePattern);
                list.addAll(List.of(vaccinatedParams()));
            }
            return list.toArray();
        }
    }

    private String[] products(String series) {
        return engine.rules().vaccines().values().stream()
                .filter(v -> v.series().contains(series))
                .map(Vaccine::code)
                .toArray(String[]::new);
    }
}
