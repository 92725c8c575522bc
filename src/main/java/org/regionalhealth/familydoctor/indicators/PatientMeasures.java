package org.regionalhealth.familydoctor.indicators;

/**
 * The per-patient SQL behind the chronic indicators, shared by the calculation and the drill-down so both count the
 * same patients. Parameters: {@code :from}, {@code :to}, {@code :disease}, {@code :scope} (a unit-path LIKE pattern)
 * and {@code :zone} (the district's zone, whose calendar days a home reading's instant falls on).
 *
 * <ul>
 *   <li>managed: active patients of the disease registered on or before the period end (denominator);
 *   <li>controlled: the latest reading in the period is on target (国家基本公共卫生服务规范（第三版）: 血压/血糖控制率
 *       use the latest follow-up of the year); readings are follow-ups and clinician-confirmed home readings (a
 *       follow-up outranks a home reading of the same day); no reading in the period counts as not controlled;
 *   <li>standard (规范管理): at least one follow-up per full quarter managed in the period, at most four, i.e. ≥4
 *       follow-ups for a patient managed the whole year.
 * </ul>
 */
final class PatientMeasures {

    private PatientMeasures() {}

    static final String SQL =
            """
            select p.id as patient_id, p.resident_id, p.unit_id, p.unit_path, coalesce(t.team_id, 0) as team_id,
                   coalesce(v.latest_on_target, false) as controlled,
                   coalesce(v.n, 0) >= least(4, floor(((cast(:to as date) - greatest(cast(:from as date), p.registered_on)) + 1) / 91.25))
                       as standard
            from familydoctor_chronic_patient p
            left join lateral (
                select count(*) filter (where x.followup) as n,
                       (array_agg(x.on_target order by x.day desc, x.followup desc, x.id desc))[1] as latest_on_target
                from (
                    select true as followup, f.visit_date as day, f.id, f.on_target from familydoctor_followup f
                    where f.patient_id = p.id and f.visit_date between cast(:from as date) and cast(:to as date)
                    union all
                    select false, (d.measured_at at time zone cast(:zone as text))::date, d.id, d.on_target
                    from familydoctor_device_reading d
                    where d.resident_id = p.resident_id and d.status = 'CONFIRMED' and d.on_target is not null
                      and d.kind = (case when p.disease = 'HYPERTENSION' then 'BP' else 'GLUCOSE' end)
                      and (d.measured_at at time zone cast(:zone as text))::date between cast(:from as date) and cast(:to as date)
                ) x) v on true
            left join lateral (
                select c.team_id from familydoctor_contract c
                where c.resident_id = p.resident_id and c.signed_on is not null and c.start_date <= cast(:to as date)
                order by c.start_date desc limit 1) t on true
            where p.disease = :disease and p.registered_on <= cast(:to as date) and p.status = 'ACTIVE'
              and p.unit_path like :scope
            """;

    /** Key-group members on the period end, with whether they hold a contract covering that day. */
    static final String KEY_GROUP_SQL =
            """
            select k.resident_id, k.key_group, k.unit_id, k.unit_path,
                   exists(select 1 from familydoctor_contract c where c.resident_id = k.resident_id
                          and c.status in ('SIGNED', 'RENEWED') and c.start_date <= cast(:to as date)
                          and c.end_date >= cast(:to as date)) as signed
            from familydoctor_key_group_member k
            where k.effective_from <= cast(:to as date) and (k.effective_to is null or k.effective_to >= cast(:to as date))
              and k.unit_path like :scope
            """;
}
