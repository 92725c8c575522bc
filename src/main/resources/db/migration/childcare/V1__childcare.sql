-- Childcare (一老一小, issue 21): institution registry with filing, capacity, 普惠 places, staff and inspections;
-- town populations for places per 1,000; enrolment of children under 3; the subsidy ledger (rules as versioned
-- data with their source, applications, review steps, payment batches and reconciliation).

create table childcare_institution (
    unit_id        bigint       primary key,
    unit_path      varchar(200) not null,
    name           varchar(200) not null,
    town_code      varchar(12)  not null,
    filing_state   varchar(20)  not null check (filing_state in ('FILED', 'PENDING', 'NOT_FILED', 'REVOKED')),
    filing_number  varchar(40),
    filed_on       date,
    capacity       integer      not null check (capacity >= 0),
    puhui_places   integer      not null check (puhui_places >= 0 and puhui_places <= capacity),
    staff          integer      not null check (staff >= 0),
    caregivers     integer      not null check (caregivers >= 0 and caregivers <= staff),
    updated_at     timestamptz  not null,
    updated_by     varchar(64)  not null
);

create index childcare_institution_town on childcare_institution (town_code);
create index childcare_institution_path on childcare_institution (unit_path varchar_pattern_ops);

create table childcare_inspection (
    id           bigserial    primary key,
    unit_id      bigint       not null references childcare_institution (unit_id),
    inspected_on date         not null,
    result       varchar(20)  not null check (result in ('PASSED', 'RECTIFY', 'FAILED')),
    note         varchar(500) not null default '',
    inspector    varchar(64)  not null,
    recorded_at  timestamptz  not null
);

create index childcare_inspection_unit on childcare_inspection (unit_id, inspected_on desc);

-- resident population per town (常住人口), the denominator of places per 1,000; a figure with its year and source
create table childcare_town_population (
    town_code  varchar(12)  primary key,
    population integer      not null check (population > 0),
    year       integer      not null,
    source     varchar(300) not null
);

create table childcare_enrolment (
    id              bigserial    primary key,
    unit_id         bigint       not null references childcare_institution (unit_id),
    unit_path       varchar(200) not null,
    child_id_number varchar(18)  not null,
    child_name      varchar(60)  not null,
    birth_date      date         not null,
    resident_id     bigint,
    enrolled_on     date         not null,
    left_on         date,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamptz  not null
);

-- a child is enrolled in one institution at a time
create unique index childcare_enrolment_current on childcare_enrolment (child_id_number) where left_on is null;
create index childcare_enrolment_unit on childcare_enrolment (unit_id);
create index childcare_enrolment_resident on childcare_enrolment (resident_id);

-- eligibility rules as versioned data: a payment names the version it was computed with
create table childcare_subsidy_rule (
    id                 bigserial     primary key,
    scheme             varchar(40)   not null,
    version            integer       not null,
    name               varchar(100)  not null,
    annual_amount      numeric(10,2) not null check (annual_amount > 0),
    age_limit_months   integer       not null check (age_limit_months > 0),
    residence_prefix   varchar(12)   not null,
    requires_enrolment boolean       not null,
    requires_employment boolean      not null,
    valid_from         date          not null,
    valid_to           date,
    source             varchar(500)  not null,
    confirmed          boolean       not null,
    note               varchar(500)  not null default '',
    unique (scheme, version)
);

insert into childcare_subsidy_rule (scheme, version, name, annual_amount, age_limit_months, residence_prefix,
    requires_enrolment, requires_employment, valid_from, valid_to, source, confirmed, note)
values ('NATIONAL_CHILDCARE', 1, '国家育儿补贴', 3600.00, 36, '330109', false, false, date '2025-01-01', null,
        '中共中央办公厅、国务院办公厅《育儿补贴制度实施方案》（2025年7月）：每孩每年3600元，至3周岁；2025年1月1日起实施，不足整年按应补贴月数折算',
        true,
        '按月折算的口径（出生当月起算、满3周岁当月止）为本平台的读法，以国家育儿补贴信息管理系统口径为准'),
       ('XS_YOUNG_WORKER', 1, '萧山区青年职工托育补贴', 600.00, 36, '330109', true, true, date '2025-01-01', null,
        '萧山区卫生健康局 2025 年工作回顾（托育补贴 300 万元、5000 余人次）；补贴标准、对象条件未检索到正式文件',
        false,
        '待核实：金额按 300 万元 ÷ 5000 人次估算；条件暂定为在区内备案托育机构入托且父母一方在区内就业');

create table childcare_subsidy_application (
    id                  bigserial     primary key,
    rule_id             bigint        not null references childcare_subsidy_rule (id),
    scheme              varchar(40)   not null,
    period              integer       not null,
    child_id_number     varchar(18)   not null,
    child_name          varchar(60)   not null,
    birth_date          date          not null,
    child_resident_id   bigint,
    hukou_town          varchar(12)   not null,
    applicant_name      varchar(60)   not null,
    applicant_phone     varchar(20)   not null,
    applicant_resident_id bigint,
    relation            varchar(20)   not null,
    employed            boolean       not null,
    bank_account        varchar(40)   not null,
    months              integer       not null check (months between 1 and 12),
    amount              numeric(10,2) not null check (amount > 0),
    state               varchar(20)   not null
        check (state in ('SUBMITTED', 'REVIEWED', 'APPROVED', 'RETURNED', 'PAID')),
    return_reason       varchar(300),
    submitted_at        timestamptz   not null,
    updated_at          timestamptz   not null
);

-- one application per child, scheme and period (a returned one may be filed again)
create unique index childcare_subsidy_one_per_child on childcare_subsidy_application (child_id_number, scheme, period)
    where state <> 'RETURNED';
create index childcare_subsidy_state on childcare_subsidy_application (state, submitted_at);
create index childcare_subsidy_applicant on childcare_subsidy_application (applicant_resident_id);
create index childcare_subsidy_child on childcare_subsidy_application (child_resident_id);

create table childcare_subsidy_step (
    id             bigserial    primary key,
    application_id bigint       not null references childcare_subsidy_application (id),
    step           varchar(20)  not null,
    decision       varchar(20)  not null,
    reason         varchar(300),
    officer        varchar(64)  not null,
    at             timestamptz  not null
);

create index childcare_subsidy_step_app on childcare_subsidy_step (application_id);

create table childcare_payment_batch (
    id               bigserial     primary key,
    idempotency_key  varchar(64)   not null unique,
    created_at       timestamptz   not null,
    created_by       varchar(64)   not null,
    payments         integer       not null,
    total            numeric(14,2) not null,
    state            varchar(20)   not null check (state in ('CREATED', 'RECONCILED', 'DISCREPANCY')),
    reconciled_at    timestamptz,
    reconciled_by    varchar(64),
    mismatches       integer
);

-- every approved application is paid exactly once: the unique application id is the guarantee
create table childcare_payment (
    id             bigserial     primary key,
    batch_id       bigint        not null references childcare_payment_batch (id),
    application_id bigint        not null unique references childcare_subsidy_application (id),
    rule_id        bigint        not null references childcare_subsidy_rule (id),
    months         integer       not null,
    amount         numeric(10,2) not null,
    paid_at        timestamptz   not null
);

create index childcare_payment_batch_idx on childcare_payment (batch_id);
