package org.regionalhealth.familydoctor.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.familydoctor.chronic.ChronicCare.FollowUpRecorded;
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
        for (var period : Period.all(today)) {
            compute(period, "%");
        }
        var took = Duration.between(started, Instant.now());
        log.info("Family-doctor indicators recomputed: {} key-group members, {} ms", members, took.toMillis());
        return took;
    }

    /** Recomputes the current periods for one unit's subtree. */
    @Transactional
    public void recompute(String unitPath, LocalDate today) {
        for (var period : Period.current(today)) {
            jdbc.sql("delete from familydoctor_indicator_fact where period = ? and unit_path like ?")
                    .params(period.key(), unitPath + "%")
                    .update();
            compute(period, unitPath + "%");
        }
    }

    @EventListener
    void on(FollowUpRecorded event) {
        organizations
                .find(event.unitId())
                .ifPresent(unit -> recompute(unit.path(), org.regionalhealth.familydoctor.Today.date()));
    }

    private void compute(Period period, String scope) {
        for (var disease : List.of("HYPERTENSION", "DIABETES_T2")) {
            String prefix = disease.equals("HYPERTENSION") ? "HTN" : "DM";
            jdbc.sql(
                            "insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator,"
                                    + " denominator) select :period, ind.code, m.unit_id, m.unit_path, m.team_id,"
                                    + " count(*) filter (where ind.ok), count(*) from (" + PatientMeasures.SQL + ") m"
                                    + " cross join lateral (values (:control, m.controlled), (:standard, m.standard)) ind(code, ok)"
                                    + " group by ind.code, m.unit_id, m.unit_path, m.team_id")
                    .param("period", period.key())
                    .param("from", period.from())
                    .param("to", period.to())
                    .param("disease", disease)
                    .param("scope", scope)
                    .param("control", prefix + "_CONTROL")
                    .param("standard", prefix + "_STANDARD")
                    .update();
        }
        jdbc.sql("create temporary table if not exists familydoctor_kg_tmp (resident_id bigint, key_group varchar(20),"
                        + " unit_id bigint, unit_path varchar(200) collate \"C\", signed boolean) on commit drop")
                .update();
        jdbc.sql("truncate familydoctor_kg_tmp").update();
        jdbc.sql("insert into familydoctor_kg_tmp " + PatientMeasures.KEY_GROUP_SQL)
                .param("to", period.to())
                .param("scope", scope)
                .update();
        jdbc.sql(
                        """
                        insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator, denominator)
                        select :period, 'KG_' || key_group, unit_id, unit_path, 0, count(*) filter (where signed), count(*)
                        from familydoctor_kg_tmp group by key_group, unit_id, unit_path
                        union all
                        select :period, 'KEY_GROUP_COVERAGE', unit_id, unit_path, 0, count(*) filter (where signed), count(*)
                        from (select distinct resident_id, unit_id, unit_path, signed from familydoctor_kg_tmp) d
                        group by unit_id, unit_path
                        """)
                .param("period", period.key())
                .update();
        jdbc.sql(
                        """
                        insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator, denominator)
                        select :period, 'RENEWAL', t.unit_id, c.unit_path, c.team_id, count(*) filter (where c.status = 'RENEWED'), count(*)
                        from familydoctor_contract c join familydoctor_team t on t.id = c.team_id
                        where c.status in ('SIGNED', 'RENEWED', 'EXPIRED') and c.end_date between cast(:from as date) and cast(:to as date)
                          and c.unit_path like :scope
                        group by t.unit_id, c.unit_path, c.team_id
                        """)
                .param("period", period.key())
                .param("from", period.from())
                .param("to", period.to())
                .param("scope", scope)
                .update();
        jdbc.sql(
                        """
                        insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator, denominator)
                        select :period, 'DELIVERY', unit_id, unit_path, team_id, sum(least(promised, delivered)), sum(promised)
                        from (
                            select a.unit_id, a.unit_path, a.team_id,
                                   ceil(i.times_per_year * least(1.0, ((cast(:to as date) - a.start_date) + 1) / 365.0))::int as promised,
                                   case when i.service = 'FOLLOW_UP' then
                                       (select count(*) from familydoctor_followup f where f.resident_id = a.resident_id
                                        and f.visit_date between a.start_date and cast(:to as date))
                                   else (select count(*) from familydoctor_service_delivery d where d.contract_id = a.id
                                         and d.service = i.service and d.delivered_on <= cast(:to as date)) end as delivered
                            from (select c.id, c.resident_id, c.team_id, t.unit_id, c.unit_path, c.package_code, c.start_date
                                  from familydoctor_contract c join familydoctor_team t on t.id = c.team_id
                                  where c.status in ('SIGNED', 'RENEWED') and c.start_date <= cast(:to as date)
                                    and c.end_date >= cast(:to as date) and c.unit_path like :scope) a
                            join familydoctor_package_item i on i.package_code = a.package_code) x
                        group by unit_id, unit_path, team_id
                        """)
                .param("period", period.key())
                .param("to", period.to())
                .param("scope", scope)
                .update();
    }
}
