-- Issue 24 / ADR 0016: review events (every state change of every prescription, about 5.5 million a year at full
-- scale) become range-partitioned by month on "at" (UTC month starts); the primary key becomes (id, at). Webhook
-- deliveries keep the event's id but no longer a foreign key to it (a foreign key to a partitioned table must name
-- the whole key; the deliverer writes deliveries only for events it has just read). Partitions for the last 24 months
-- and the next 3 (the demo year lands in them), a default partition for anything else; platform's
-- PartitionMaintenance creates the coming months each night and archives months past the retention.
alter table prescriptionreview_webhook_delivery drop constraint prescriptionreview_webhook_delivery_event_id_fkey;

alter table prescriptionreview_review_event rename to prescriptionreview_review_event_unpartitioned;
alter index prescriptionreview_review_event_prescription rename to prescriptionreview_review_event_old_prescription;
alter index prescriptionreview_review_event_scope rename to prescriptionreview_review_event_old_scope;
alter index prescriptionreview_review_event_at rename to prescriptionreview_review_event_old_at;
alter table prescriptionreview_review_event_unpartitioned rename constraint prescriptionreview_review_event_pkey
    to prescriptionreview_review_event_old_pkey;
alter sequence prescriptionreview_review_event_id_seq owned by none;

create table prescriptionreview_review_event (
    like prescriptionreview_review_event_unpartitioned including defaults,
    primary key (id, at),
    foreign key (prescription_id) references prescriptionreview_prescription (id)
) partition by range (at);
alter sequence prescriptionreview_review_event_id_seq owned by prescriptionreview_review_event.id;

create index prescriptionreview_review_event_prescription on prescriptionreview_review_event (prescription_id, at);
create index prescriptionreview_review_event_scope
    on prescriptionreview_review_event (institution_path varchar_pattern_ops, at);
create index prescriptionreview_review_event_at on prescriptionreview_review_event (at);

do $$
declare
    first_month date := least(
        (select date_trunc('month', min(at) at time zone 'UTC')::date from prescriptionreview_review_event_unpartitioned),
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
            'create table %I partition of prescriptionreview_review_event for values from (%L) to (%L)',
            'prescriptionreview_review_event_p' || to_char(m, 'YYYYMM'),
            m::text || ' 00:00:00+00',
            (m + interval '1 month')::date::text || ' 00:00:00+00');
        m := (m + interval '1 month')::date;
    end loop;
end $$;
create table prescriptionreview_review_event_default partition of prescriptionreview_review_event default;

insert into prescriptionreview_review_event select * from prescriptionreview_review_event_unpartitioned;
drop table prescriptionreview_review_event_unpartitioned;
