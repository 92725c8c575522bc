-- Issue 20, staff side: edits, inspections, ambulance stations, the cardiac-arrest registry and the reward fund.
alter table emergency_aed add column updated_at timestamptz;
alter table emergency_aed add column updated_by varchar(64);

-- Monthly checks (DB3301/T 0435-2023 Annex D lists what a check looks at): who, when, what was found.
create table emergency_aed_inspection (
    id           bigserial primary key,
    aed_id       bigint       not null references emergency_aed (id),
    inspected_on date         not null,
    inspector    varchar(64)  not null,
    light_ok     boolean      not null,
    pads_ok      boolean      not null,
    battery_ok   boolean      not null,
    cabinet_ok   boolean      not null,
    passed       boolean      not null,
    note         varchar(300) not null default '',
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null
);
create index emergency_aed_inspection_aed on emergency_aed_inspection (aed_id, inspected_on desc);

-- The 120 network's ambulance stations as data (seeded from the organisation's ambulance-station units).
create table emergency_station (
    id         bigserial primary key,
    unit_id    bigint       unique,
    name       varchar(100) not null,
    town_code  varchar(12)  not null,
    lat        double precision not null check (lat between -90 and 90),
    lng        double precision not null check (lng between -180 and 180),
    ambulances int          not null check (ambulances between 0 and 50)
);

-- Out-of-hospital cardiac arrests, Utstein 2014 core elements (Perkins et al., Circulation 2015;132:1286).
create table emergency_arrest (
    id                      bigserial primary key,
    town_code               varchar(12)  not null,
    call_at                 timestamptz  not null,
    age                     int          check (age between 0 and 120),
    sex                     varchar(8)   not null,
    location_type           varchar(16)  not null,
    witnessed               varchar(16)  not null,
    aetiology               varchar(16)  not null,
    resuscitation_attempted boolean      not null,
    dispatcher_recognised   boolean      not null,
    bystander_cpr           boolean      not null,
    bystander_aed           boolean      not null,
    aed_id                  bigint references emergency_aed (id),
    shocks                  int          not null default 0 check (shocks between 0 and 30),
    first_rhythm            varchar(16)  not null,
    response_minutes        int          check (response_minutes between 0 and 240),
    any_rosc                boolean      not null,
    survived_event          boolean      not null,
    survived_discharge      boolean,
    cpc                     int          check (cpc between 1 and 5),
    rescuer_name            varchar(64),
    rescuer_phone           varchar(32),
    registered_by           varchar(64)  not null,
    registered_at           timestamptz  not null,
    outcome_updated_at      timestamptz
);
create index emergency_arrest_call on emergency_arrest (call_at);
create index emergency_arrest_town on emergency_arrest (town_code, call_at);

-- The reward fund (心脏骤停抢救成功奖励基金): one reward per arrest, proposed, approved, paid.
create table emergency_reward (
    id            bigserial primary key,
    arrest_id     bigint        not null unique references emergency_arrest (id),
    rule_version  int           not null,
    amount        numeric(10,2) not null check (amount > 0),
    state         varchar(16)   not null check (state in ('PROPOSED', 'APPROVED', 'PAID', 'REJECTED')),
    proposed_by   varchar(64)   not null,
    proposed_at   timestamptz   not null,
    decided_by    varchar(64),
    decided_at    timestamptz,
    paid_at       timestamptz,
    payment_ref   varchar(40)
);
