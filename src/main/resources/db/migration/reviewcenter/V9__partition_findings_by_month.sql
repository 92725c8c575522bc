-- Issue 24 / ADR 0016: findings (3.7 million a year at full scale) become range-partitioned by month on the new
-- column opened_at, the time of the screening that raised them (existing rows: their prescription's screened_at).
-- The primary key becomes (id, opened_at); no table references a finding, and no writer uses ON CONFLICT on it.
-- Partitions for the last 24 months and the next 3 plus a default one, like the review events (V8); platform's
-- PartitionMaintenance keeps them ahead and archives months past the retention.
alter table prescriptionreview_finding add column opened_at timestamptz;
update prescriptionreview_finding f set opened_at = p.screened_at
  from prescriptionreview_prescription p where p.id = f.prescription_id;
update prescriptionreview_finding set opened_at = now() where opened_at is null;
alter table prescriptionreview_finding alter column opened_at set not null;
alter table prescriptionreview_finding alter column opened_at set default now();

alter table prescriptionreview_finding rename to prescriptionreview_finding_unpartitioned;
alter index prescriptionreview_finding_prescription rename to prescriptionreview_finding_old_prescription;
alter index prescriptionreview_finding_rule rename to prescriptionreview_finding_old_rule;
alter table prescriptionreview_finding_unpartitioned rename constraint prescriptionreview_finding_pkey
    to prescriptionreview_finding_old_pkey;
alter sequence prescriptionreview_finding_id_seq owned by none;

create table prescriptionreview_finding (
    like prescriptionreview_finding_unpartitioned including defaults,
    primary key (id, opened_at),
    foreign key (prescription_id) references prescriptionreview_prescription (id)
) partition by range (opened_at);
alter sequence prescriptionreview_finding_id_seq owned by prescriptionreview_finding.id;

create index prescriptionreview_finding_prescription on prescriptionreview_finding (prescription_id);
create index prescriptionreview_finding_rule on prescriptionreview_finding (rule_id);

do $$
declare
    first_month date := least(
        (select date_trunc('month', min(opened_at) at time zone 'UTC')::date from prescriptionreview_finding_unpartitioned),
        (date_trunc('month', now() at time zone 'UTC') - interval '24 months')::date);
    last_month date := (date_trunc('month', now() at time zone 'UTC') + interval '3 months')::date;
    m date;
begin
    if first_month is null then
        first_month := (date_trunc('month', now() at time zone 'UTC') - interval '24 months')::date;
    end if;
    m := first_month;
    while m <= last_month loop
        execute format(
            'create table %I partition of prescriptionreview_finding for values from (%L) to (%L)',
            'prescriptionreview_finding_p' || to_char(m, 'YYYYMM'),
            m::text || ' 00:00:00+00',
            (m + interval '1 month')::date::text || ' 00:00:00+00');
        m := (m + interval '1 month')::date;
    end loop;
end $$;
create table prescriptionreview_finding_default partition of prescriptionreview_finding default;

insert into prescriptionreview_finding select * from prescriptionreview_finding_unpartitioned;
drop table prescriptionreview_finding_unpartitioned;
