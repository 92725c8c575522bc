-- The 0–6 children's health checks (issue 21, s7-21; 国家基本公共卫生服务规范 第三版): one row per child per check.
create table populationscreening_child_check (
    id                 bigserial primary key,
    resident_id        bigint       not null,
    unit_path          varchar(200) not null,
    visit              varchar(4)   not null,
    checked_on         date         not null,
    weight_kg          numeric(5, 2) not null,
    length_cm          numeric(5, 1) not null,
    head_cm            numeric(4, 1),
    hb                 integer,
    development_normal boolean      not null,
    note               varchar(300),
    recorded_by        varchar(60)  not null,
    recorded_at        timestamptz  not null,
    unique (resident_id, visit)
);
create index populationscreening_child_check_scope on populationscreening_child_check (unit_path);
