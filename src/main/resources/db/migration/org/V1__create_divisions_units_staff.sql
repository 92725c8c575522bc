-- Administrative divisions (GB/T 2260 + NBS statistical codes), organisational units and staff (issue 2 §4).
create table org_division (
    code         varchar(12) primary key,
    name         varchar(60) not null,
    level        varchar(10) not null check (level in ('district', 'town', 'village')),
    parent_code  varchar(12),
    lat          double precision,
    lng          double precision
);
create index org_division_parent on org_division (parent_code);

create table org_unit (
    id             bigserial primary key,
    code           varchar(40)  not null unique,
    name           varchar(100) not null,
    type           varchar(40)  not null,
    parent_id      bigint references org_unit (id),
    -- materialised path '/1/4/17/': a prefix test is a subtree test (docs/adr/0005)
    path           varchar(200) not null,
    division_code  varchar(12)  not null references org_division (code),
    lat            double precision not null,
    lng            double precision not null,
    created_at     timestamptz  not null default now()
);
create index org_unit_parent on org_unit (parent_id);
create index org_unit_type on org_unit (type);
create index org_unit_path on org_unit (path varchar_pattern_ops);
create index org_unit_division on org_unit (division_code);

create table org_staff (
    id                  bigserial primary key,
    unit_id             bigint       not null references org_unit (id),
    name                varchar(50)  not null,
    title               varchar(40)  not null,
    -- rights checked by prescription review (《处方管理办法》第八条、第十一条; 《抗菌药物临床应用管理办法》第二十四条)
    prescribing_right   boolean      not null default false,
    narcotic_right      boolean      not null default false,
    antimicrobial_grade varchar(12)  check (antimicrobial_grade in ('UNRESTRICTED', 'RESTRICTED', 'SPECIAL')),
    pharmacist          boolean      not null default false,
    pharmacist_skills   varchar(100),
    created_at          timestamptz  not null default now()
);
create index org_staff_unit on org_staff (unit_id);
