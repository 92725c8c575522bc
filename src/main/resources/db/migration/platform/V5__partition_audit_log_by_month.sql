-- Issue 24 / ADR 0016: the audit log becomes range-partitioned by month on "at" (UTC month starts). The primary key
-- must include the partition key: (id, at). Partitions for the last 24 months and the next 3 are created here (a new
-- installation's demo year lands in them), a default partition takes anything older or later; the nightly
-- PartitionMaintenance creates the coming months and detaches expired ones into schema archive.
alter table platform_audit_event rename to platform_audit_event_unpartitioned;
alter index platform_audit_event_at rename to platform_audit_event_unpartitioned_at;
alter index platform_audit_event_user rename to platform_audit_event_unpartitioned_user;
alter index platform_audit_event_records rename to platform_audit_event_unpartitioned_records;
alter table platform_audit_event_unpartitioned rename constraint platform_audit_event_pkey
    to platform_audit_event_unpartitioned_pkey;
alter sequence platform_audit_event_id_seq owned by none;

create table platform_audit_event (
    like platform_audit_event_unpartitioned including defaults,
    primary key (id, at)
) partition by range (at);
alter sequence platform_audit_event_id_seq owned by platform_audit_event.id;

create index platform_audit_event_at on platform_audit_event (at desc);
create index platform_audit_event_user on platform_audit_event (username, at desc);
create index platform_audit_event_records on platform_audit_event using gin (record_ids);

do $$
declare
    first_month date := least(
        (select date_trunc('month', min(at) at time zone 'UTC')::date from platform_audit_event_unpartitioned),
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
            'create table %I partition of platform_audit_event for values from (%L) to (%L)',
            'platform_audit_event_p' || to_char(m, 'YYYYMM'),
            m::text || ' 00:00:00+00',
            (m + interval '1 month')::date::text || ' 00:00:00+00');
        m := (m + interval '1 month')::date;
    end loop;
end $$;
create table platform_audit_event_default partition of platform_audit_event default;

insert into platform_audit_event select * from platform_audit_event_unpartitioned;
drop table platform_audit_event_unpartitioned;
