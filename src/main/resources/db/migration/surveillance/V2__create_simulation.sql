-- The demo simulator's injected truth, kept apart from everything detection reads, and its report.
create table surveillance_sim_truth (
    id         bigserial primary key,
    kind       varchar(10)  not null check (kind in ('cluster', 'outbreak')),
    channels   varchar(100) not null,
    town_code  varchar(12)  not null,
    syndrome   varchar(30)  not null,
    unit_label varchar(200) not null,
    start_day  date         not null,
    end_day    date         not null,
    cases      int          not null
);

create table surveillance_sim_run (
    id           bigserial primary key,
    seed         bigint      not null,
    days         int         not null,
    first_day    date        not null,
    last_day     date        not null,
    report       text        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz not null default now()
);
