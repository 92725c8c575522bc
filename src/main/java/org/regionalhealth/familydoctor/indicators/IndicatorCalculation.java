package org.regionalhealth.familydoctor.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.familydoctor.chronic.ChronicCare.ManagementChanged;
import org.regionalhealth.familydoctor.keygroups.KeyGroupDerivation;
import org.regionalhealth.org.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the indicator facts (docs/indicators.md) at the finest grain, unit × team, so every level above is a sum
 * read in one indexed query. All of the district is recomputed at night (and after demo generation); a follow-up
 * recomputes its own unit's current periods in the same transaction, so the station's control rate moves at once.
 */
@Component
public class IndicatorCalculation {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCalculation.class);

    private final JdbcClient jdbc;
    private final KeyGroupDerivation keyGroups;
    private final Organizations organizations;

    IndicatorCalculation(JdbcClient jdbc, KeyGroupDerivation keyGroups, Organizations organizations) {
        this.jdbc = jdbc;
        this.keyGroups = keyGroups;
        this.organizations = organizations;
    }

    /** Re-derives key groups and recomputes every indicator of every period for the whole district. */
    @Transactional
    public Duration recomputeAll(LocalDate today) {
        var started = Instant.now();
        long members = keyGroups.derive(today);
        jdbc.sql("truncate familydoctor_indicator_fact").update();
        compute(Period.all(today), List.of(Period.rolling12(today)), "%");
        var took = Duration.between(started, Instant.now());
        log.info("Family-doctor indicators recomputed: {} key-group members, {} ms", members, took.toMillis());
        return took;
    }

    /**
     * Re-derives key groups and recomputes the open periods (R12 and the current quarter) for the whole district:
     * the nightly job. Closed quarters keep the facts they were reported with; {@link #recomputeAll} rebuilds them.
     */
    @Transactional
    public Duration recomputeCurrent(LocalDate today) {
        var started = Instant.now();
        keyGroups.derive(today);
        var periods = Period.current(today);
        for (var period : periods) {
            jdbc.sql("delete from familydoctor_indicator_fact where period = ?")
                    .param(period.key())
                    .update();
        }
        compute(periods, List.of(Period.rolling12(today)), "%");
        return Duration.between(started, Instant.now());
    }

    /** Recomputes the current periods for one unit's subtree. */
    @Transactional
    public void recompute(String unitPath, LocalDate today) {
        var periods = Period.current(today);
        for (var period : periods) {
            jdbc.sql("delete from familydoctor_indicator_fact where period = ? and unit_path like ?")
                    .params(period.key(), unitPath + "%")
                    .update();
        }
        compute(periods, List.of(Period.rolling12(today)), unitPath + "%");
    }

    @EventListener
    void on(ManagementChanged event) {
        organizations
                .find(event.unitId())
                .ifPresent(unit -> recompute(unit.path(), org.regionalhealth.familydoctor.Today.date()));
    }

    /**
     * Computes the facts of the periods for the units under {@code scope}. Set-based: the follow-ups are read once for
     * all periods (each belongs to R12 and to its quarter), the team of each resident once (the team of their latest
     * signed contract), coverage by one hash join per period, renewals in one pass; coverage per group and the
     * delivery rate, which walks every contract's services, only for {@code detailPeriods} (R12).
     */
    private void compute(List<Period> periods, List<Period> detailPeriods, String scope) {
        boolean district = scope.equals("%");
        var values = new StringBuilder();
        for (var p : periods) {
            values.append(values.isEmpty() ? "" : ", ")
                    .append("('")
                    .append(p.key())
                    .append("', date '")
                    .append(p.from())
                    .append("', date '")
                    .append(p.to())
                    .append("')");
        }
        jdbc.sql("drop table if exists familydoctor_period_tmp, familydoctor_team_tmp")
                .update();
        jdbc.sql("create temporary table familydoctor_period_tmp (key varchar(10), date_from date, date_to date)")
                .update();
        jdbc.sql("insert into familydoctor_period_tmp values " + values).update();
        jdbc.sql("create temporary table familydoctor_team_tmp as select distinct on (resident_id) resident_id, team_id"
                        + " from familydoctor_contract where signed_on is not null"
                        + (district
                                ? ""
                                : " and resident_id in (select resident_id from familydoctor_person where unit_path like :scope)")
                        + " order by resident_id, start_date desc")
                .param("scope", scope)
                .update();
        jdbc.sql("create index on familydoctor_team_tmp (resident_id)").update();
        jdbc.sql("analyze familydoctor_team_tmp").update();
        jdbc.sql(
                        """
                        insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator, denominator)
                        select m.key, (case when m.disease = 'HYPERTENSION' then 'HTN_' else 'DM_' end) || ind.code,
                               m.unit_id, m.unit_path, m.team_id, count(*) filter (where ind.ok), count(*)
                        from (
                            select pr.key, p.disease, p.unit_id, p.unit_path, coalesce(t.team_id, 0) as team_id,
                                   coalesce(v.latest_on_target, false) as controlled,
                                   coalesce(v.n, 0) >= least(4, floor(((pr.date_to - greatest(pr.date_from, p.registered_on)) + 1) / 91.25))
                                       as standard
                            from familydoctor_chronic_patient p
                            join familydoctor_period_tmp pr on p.registered_on <= pr.date_to
                            left join (
                                select pr.key, f.patient_id, count(*) as n,
                                       (array_agg(f.on_target order by f.visit_date desc, f.id desc))[1] as latest_on_target
                                from familydoctor_followup f
                                join familydoctor_period_tmp pr on f.visit_date between pr.date_from and pr.date_to
                                where f.disease in ('HYPERTENSION', 'DIABETES_T2') and f.unit_path like :scope
                                group by pr.key, f.patient_id) v on v.patient_id = p.id and v.key = pr.key
                            left join familydoctor_team_tmp t on t.resident_id = p.resident_id
                            where p.disease in ('HYPERTENSION', 'DIABETES_T2') and p.status = 'ACTIVE' and p.unit_path like :scope) m
                        cross join lateral (values ('CONTROL', m.controlled), ('STANDARD', m.standard)) ind(code, ok)
                        group by m.key, m.disease, ind.code, m.unit_id, m.unit_path, m.team_id
                        """)
                .param("scope", scope)
                .update();
        for (var period : periods) {
            boolean detail = detailPeriods.contains(period);
            jdbc.sql("drop table if exists familydoctor_kg_tmp").update();
            jdbc.sql(
                            """
                            create temporary table familydoctor_kg_tmp as
                            select k.resident_id, k.key_group, k.unit_id, k.unit_path, (c.resident_id is not null) as signed
                            from familydoctor_key_group_member k
                            left join (select distinct resident_id from familydoctor_contract
                                       where status in ('SIGNED', 'RENEWED') and start_date <= :to and end_date >= :to) c
                                   on c.resident_id = k.resident_id
                            where k.effective_from <= :to and (k.effective_to is null or k.effective_to >= :to)
                              and k.unit_path like :scope
                            """)
                    .param("to", period.to())
                    .param("scope", scope)
                    .update();
            // coverage per group only for the open periods; the trend needs the overall coverage only
            jdbc.sql(
                            (detail
                                            ? """
                            insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator, denominator)
                            select :period, 'KG_' || key_group, unit_id, unit_path, 0, count(*) filter (where signed), count(*)
                            from familydoctor_kg_tmp group by key_group, unit_id, unit_path
                            union all
                            """
                                            : "insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id,"
                                                    + " numerator, denominator) ")
                                    + """
                            select :period, 'KEY_GROUP_COVERAGE', unit_id, unit_path, 0, count(*) filter (where signed), count(*)
                            from (select distinct resident_id, unit_id, unit_path, signed from familydoctor_kg_tmp) d
                            group by unit_id, unit_path
                            """)
                    .param("period", period.key())
                    .update();
        }
        jdbc.sql(
                        """
                        insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator, denominator)
                        select pr.key, 'RENEWAL', t.unit_id, c.unit_path, c.team_id, count(*) filter (where c.status = 'RENEWED'), count(*)
                        from familydoctor_contract c join familydoctor_team t on t.id = c.team_id
                        join familydoctor_period_tmp pr on c.end_date between pr.date_from and pr.date_to
                        where c.status in ('SIGNED', 'RENEWED', 'EXPIRED') and c.unit_path like :scope
                        group by pr.key, t.unit_id, c.unit_path, c.team_id
                        """)
                .param("scope", scope)
                .update();
        for (var period : detailPeriods) {
            jdbc.sql(
                            """
                            insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator, denominator)
                            with a as (
                                select c.id, c.resident_id, c.team_id, t.unit_id, c.unit_path, c.package_code, c.start_date,
                                       least(1.0, ((cast(:to as date) - c.start_date) + 1) / 365.0) as elapsed
                                from familydoctor_contract c join familydoctor_team t on t.id = c.team_id
                                where c.status in ('SIGNED', 'RENEWED') and c.start_date <= :to and c.end_date >= :to
                                  and c.unit_path like :scope),
                            fu as (
                                select a.id, count(*) as n from a join familydoctor_followup f on f.resident_id = a.resident_id
                                    and f.visit_date between a.start_date and :to group by a.id),
                            sd as (
                                select d.contract_id, d.service, count(*) as n from familydoctor_service_delivery d
                                join a on a.id = d.contract_id where d.delivered_on <= :to group by d.contract_id, d.service)
                            select :period, 'DELIVERY', a.unit_id, a.unit_path, a.team_id,
                                   sum(least(ceil(i.times_per_year * a.elapsed)::int,
                                             case when i.service = 'FOLLOW_UP' then coalesce(fu.n, 0) else coalesce(sd.n, 0) end)),
                                   sum(ceil(i.times_per_year * a.elapsed)::int)
                            from a join familydoctor_package_item i on i.package_code = a.package_code
                            left join fu on fu.id = a.id
                            left join sd on sd.contract_id = a.id and sd.service = i.service
                            group by a.unit_id, a.unit_path, a.team_id
                            """)
                    .param("period", period.key())
                    .param("to", period.to())
                    .param("scope", scope)
                    .update();
        }
        jdbc.sql("drop table if exists familydoctor_period_tmp, familydoctor_team_tmp, familydoctor_kg_tmp")
                .update();
    }
}
