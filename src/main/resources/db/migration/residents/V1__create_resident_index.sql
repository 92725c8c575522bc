-- The resident master index (居民主索引), issue 2 §5.
create table residents_resident (
    id             bigserial primary key,
    id_number      char(18)     not null,
    name           varchar(50)  not null,
    name_pinyin    varchar(120) not null,
    name_initials  varchar(20)  not null,
    sex            char(1)      not null check (sex in ('1', '2')),
    birth_date     date         not null,
    phone          varchar(20),
    division_code  varchar(12)  not null,
    unit_id        bigint       not null,
    -- path of the managing unit, copied from org so scope filters need no cross-module join (docs/adr/0005)
    unit_path      varchar(200) not null,
    address        varchar(200),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint residents_resident_id_number unique (id_number)
);
create index residents_name on residents_resident (name varchar_pattern_ops, id);
create index residents_pinyin on residents_resident (name_pinyin varchar_pattern_ops, id);
create index residents_initials on residents_resident (name_initials varchar_pattern_ops, id);
create index residents_phone on residents_resident (phone);
create index residents_scope on residents_resident (unit_path varchar_pattern_ops, name_initials varchar_pattern_ops);
create index residents_division on residents_resident (division_code);
