-- Family doctors, key groups and chronic disease care (issue 7).
-- Every table carries the managing unit's path (copied, as residents do, docs/adr/0005) so scope filters need no
-- cross-module join.

-- The residents this module knows, with what worklists and rules need (snapshot taken from the resident index when a
-- resident is enrolled; the demo district copies all residents so key groups cover everyone).
create table familydoctor_person (
    resident_id bigint primary key,
    name        varchar(50)  not null,
    sex         char(1)      not null check (sex in ('1', '2')),
    birth_date  date         not null,
    phone       varchar(20),
    unit_id     bigint       not null,
    unit_path   varchar(200) collate "C" not null
);
create index familydoctor_person_scope on familydoctor_person (unit_path);
create index familydoctor_person_birth on familydoctor_person (birth_date);

-- 家庭医生团队 "1+1+N": a family doctor leading nurses, public-health staff and specialists.
create table familydoctor_team (
    id              bigserial primary key,
    unit_id         bigint       not null,
    unit_path       varchar(200) collate "C" not null,
    name            varchar(100) not null,
    leader_staff_id bigint       not null,
    leader_name     varchar(50)  not null,
    capacity        int          not null check (capacity > 0),
    active          boolean      not null default true
);
create index familydoctor_team_scope on familydoctor_team (unit_path);

create table familydoctor_team_member (
    team_id  bigint      not null references familydoctor_team (id),
    staff_id bigint      not null,
    name     varchar(50) not null,
    role     varchar(20) not null check (role in ('FAMILY_DOCTOR', 'NURSE', 'PUBLIC_HEALTH', 'SPECIALIST')),
    primary key (team_id, staff_id)
);

-- 服务包: basic and personalised, the annual fee split between insurance, public-health funds and the resident.
create table familydoctor_service_package (
    code                varchar(20)  primary key,
    name                varchar(100) not null,
    kind                varchar(12)  not null check (kind in ('BASIC', 'PERSONALISED')),
    annual_fee          numeric(8, 2) not null,
    insurance_share     numeric(8, 2) not null,
    public_health_share numeric(8, 2) not null,
    resident_share      numeric(8, 2) not null,
    source              varchar(200) not null,
    check (insurance_share + public_health_share + resident_share = annual_fee)
);

create table familydoctor_package_item (
    package_code   varchar(20) not null references familydoctor_service_package (code),
    service        varchar(20) not null,
    times_per_year int         not null check (times_per_year > 0),
    primary key (package_code, service)
);

-- 签约: apply → review → sign → renew | switch | terminate. One team per resident at a time (《家庭医生签约服务管理
-- 规范（试行）》: 每位居民同期只能选择1个家庭医生团队), enforced by the partial unique index below.
create table familydoctor_contract (
    id                   bigserial primary key,
    resident_id          bigint       not null references familydoctor_person (resident_id),
    team_id              bigint       not null references familydoctor_team (id),
    unit_path            varchar(200) collate "C" not null,
    package_code         varchar(20)  not null references familydoctor_service_package (code),
    status               varchar(12)  not null
        check (status in ('APPLIED', 'APPROVED', 'SIGNED', 'REJECTED', 'RENEWED', 'SWITCHED', 'TERMINATED', 'EXPIRED')),
    applied_on           date         not null,
    reviewed_on          date,
    reviewed_by          varchar(50),
    signed_on            date,
    start_date           date,
    end_date             date,
    signature_method     varchar(20),
    signature_digest     char(64),
    signed_by            varchar(50),
    previous_contract_id bigint references familydoctor_contract (id),
    end_reason           varchar(200),
    created_at           timestamptz  not null default now()
);
create unique index familydoctor_one_team_at_a_time on familydoctor_contract (resident_id)
    where status in ('APPLIED', 'APPROVED', 'SIGNED');
create index familydoctor_contract_team on familydoctor_contract (team_id, status);
create index familydoctor_contract_scope on familydoctor_contract (unit_path, status, end_date);
create index familydoctor_contract_resident on familydoctor_contract (resident_id, start_date);

-- 履约: services delivered under a contract (follow-ups are counted from the follow-up table).
create table familydoctor_service_delivery (
    id           bigserial primary key,
    contract_id  bigint      not null references familydoctor_contract (id),
    service      varchar(20) not null,
    delivered_on date        not null,
    recorded_by  varchar(50) not null
);
create index familydoctor_delivery_contract on familydoctor_service_delivery (contract_id, delivered_on);

-- Facts from other registries (maternal care, disability federation, civil affairs, health commission lists) from
-- which key groups are derived, with their source and validity.
create table familydoctor_registry_entry (
    id          bigserial primary key,
    resident_id bigint       not null references familydoctor_person (resident_id),
    registry    varchar(20)  not null
        check (registry in ('PREGNANCY', 'DISABILITY', 'POVERTY_LIFTED', 'FP_SPECIAL', 'TUBERCULOSIS', 'SEVERE_MENTAL')),
    source      varchar(200) not null,
    valid_from  date         not null,
    valid_to    date
);
create index familydoctor_registry_resident on familydoctor_registry_entry (registry, resident_id);

-- 十类重点人群, derived by rules (keygroups.KeyGroupRules): each row names its rule, source and effective dates.
create table familydoctor_key_group_member (
    resident_id    bigint       not null,
    key_group      varchar(20)  not null,
    unit_id        bigint       not null,
    unit_path      varchar(200) collate "C" not null,
    rule_id        varchar(40)  not null,
    source         varchar(200) not null,
    effective_from date         not null,
    effective_to   date,
    primary key (resident_id, key_group)
);
create index familydoctor_key_group_scope on familydoctor_key_group_member (unit_path, key_group);

-- Chronic patients under management, one row per disease, with the state the rules carry between visits.
create table familydoctor_chronic_patient (
    id                   bigserial primary key,
    resident_id          bigint       not null references familydoctor_person (resident_id),
    disease              varchar(30)  not null,
    unit_id              bigint       not null,
    unit_path            varchar(200) collate "C" not null,
    registered_on        date         not null,
    status               varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'CLOSED')),
    last_visit_on        date,
    last_class           varchar(20),
    previous_not_controlled boolean   not null default false,
    next_due             date         not null,
    next_due_kind        varchar(10)  not null default 'ROUTINE' check (next_due_kind in ('FIRST', 'ROUTINE', 'RECHECK', 'REFERRAL')),
    unique (resident_id, disease)
);
create index familydoctor_patient_due on familydoctor_chronic_patient (unit_path, next_due) where status = 'ACTIVE';

create table familydoctor_followup (
    id              bigserial primary key,
    patient_id      bigint       not null references familydoctor_chronic_patient (id),
    resident_id     bigint       not null,
    disease         varchar(30)  not null,
    unit_id         bigint       not null,
    unit_path       varchar(200) collate "C" not null,
    visit_date      date         not null,
    method          varchar(10)  not null check (method in ('CLINIC', 'HOME', 'PHONE')),
    systolic        smallint,
    diastolic       smallint,
    heart_rate      smallint,
    weight_kg       numeric(5, 1),
    fasting_glucose numeric(4, 1),
    on_target       boolean      not null,
    visit_class     varchar(20)  not null,
    action          varchar(20)  not null,
    next_due        date         not null,
    reasons         varchar(500) not null,
    rule_set        varchar(30)  not null,
    recorded_by     varchar(50)  not null,
    created_at      timestamptz  not null default now()
);
create index familydoctor_followup_patient on familydoctor_followup (patient_id, visit_date);
create index familydoctor_followup_scope on familydoctor_followup (unit_path, visit_date);
create index familydoctor_followup_resident on familydoctor_followup (resident_id, visit_date);

-- 双向转诊: upward referrals from a follow-up, with the 2-week active check (主动随访转诊情况).
create table familydoctor_referral (
    id           bigserial primary key,
    patient_id   bigint       not null references familydoctor_chronic_patient (id),
    resident_id  bigint       not null,
    followup_id  bigint       references familydoctor_followup (id),
    unit_path    varchar(200) collate "C" not null,
    emergency    boolean      not null,
    reason       varchar(500) not null,
    referred_on  date         not null,
    check_due    date         not null,
    checked_on   date,
    outcome      varchar(200)
);
create index familydoctor_referral_open on familydoctor_referral (unit_path, check_due) where checked_on is null;

-- Indicator facts at the finest grain (unit × team), summed upward at read time (docs/indicators.md).
create table familydoctor_indicator_fact (
    period      varchar(10)  not null,
    indicator   varchar(30)  not null,
    unit_id     bigint       not null,
    unit_path   varchar(200) collate "C" not null,
    team_id     bigint       not null default 0,
    numerator   int          not null,
    denominator int          not null,
    computed_at timestamptz  not null default now(),
    primary key (period, indicator, unit_id, team_id)
);
create index familydoctor_indicator_scope on familydoctor_indicator_fact (period, unit_path);

-- Reminder messages sent through the SMS port.
create table familydoctor_reminder (
    id          bigserial primary key,
    resident_id bigint       not null,
    unit_path   varchar(200) collate "C" not null,
    kind        varchar(20)  not null,
    phone       varchar(20)  not null,
    text        varchar(300) not null,
    sent_at     timestamptz  not null default now(),
    sent_by     varchar(50)  not null
);

create table familydoctor_demo_run (
    scale      varchar(10) not null,
    seed       bigint      not null,
    contracts  bigint      not null,
    patients   bigint      not null,
    followups  bigint      not null,
    seconds    numeric(8, 1) not null
);
