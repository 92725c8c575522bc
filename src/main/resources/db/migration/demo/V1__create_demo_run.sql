-- One row per demo generation, so the district is filled once and a restart does not generate it again.
create table demo_run (
    id           bigserial primary key,
    scale        varchar(10) not null,
    seed         bigint      not null,
    residents    bigint      not null,
    started_at   timestamptz not null,
    finished_at  timestamptz not null default now()
);
