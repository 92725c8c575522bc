-- Vaccination (issue 19): records, guardians, clinic-day slots, visits through the one-stop flow, payments, stock
-- with traceability codes, cold chain, AEFI. Scope columns (unit_path) are copied so no query joins another module.

-- who may act for a child on the phone: a guardian (parent) linked to the child's resident record
create table vaccination_guardian (
    guardian_resident_id bigint      not null,
    child_resident_id    bigint      not null,
    relation             varchar(20) not null,
    primary key (guardian_resident_id, child_resident_id)
);
create index vaccination_guardian_child on vaccination_guardian (child_resident_id);

-- every dose a person has received (from the clinic flow, or history taken over from the provincial system)
create table vaccination_record (
    id             bigserial primary key,
    resident_id    bigint       not null,
    resident_path  varchar(200) not null collate "C",
    division_code  varchar(12)  not null,
    product        varchar(20)  not null,
    given_on       date         not null,
    clinic_id      bigint,
    lot_id         bigint,
    trace_code     varchar(40),
    nurse          varchar(64),
    origin         varchar(10)  not null check (origin in ('CLINIC', 'HISTORY')),
    created_at     timestamptz  not null default now()
);
create index vaccination_record_resident on vaccination_record (resident_id, given_on);
create index vaccination_record_product on vaccination_record (product, division_code, resident_id);
create unique index vaccination_record_trace on vaccination_record (trace_code) where trace_code is not null;

-- stock: one row per lot per clinic (a transfer splits a lot)
create table vaccination_lot (
    id            bigserial primary key,
    clinic_id     bigint       not null,
    clinic_path   varchar(200) not null collate "C",
    product       varchar(20)  not null,
    lot_number    varchar(40)  not null,
    manufacturer  varchar(60)  not null,
    expiry        date         not null,
    fridge        varchar(20)  not null default '1号冰箱',
    on_hand       integer      not null check (on_hand >= 0),
    reserved      integer      not null default 0 check (reserved >= 0),
    status        varchar(12)  not null default 'AVAILABLE' check (status in ('AVAILABLE', 'QUARANTINED')),
    quarantine_reason varchar(200),
    received_on   date         not null,
    version       integer      not null default 0
);
create index vaccination_lot_clinic on vaccination_lot (clinic_id, product, expiry);

-- traceability codes (追溯码) of every dose received; a code is used once
create table vaccination_trace_code (
    code        varchar(40) primary key,
    lot_id      bigint      not null references vaccination_lot (id),
    used_at     timestamptz,
    used_by     varchar(64),
    record_id   bigint
);
create index vaccination_trace_code_lot on vaccination_trace_code (lot_id) where used_at is null;

create table vaccination_stock_movement (
    id          bigserial primary key,
    lot_id      bigint      not null,
    kind        varchar(12) not null check (kind in ('RECEIPT', 'TRANSFER_OUT', 'TRANSFER_IN', 'GIVEN', 'QUARANTINE', 'RELEASE')),
    quantity    integer     not null,
    at          timestamptz not null,
    by_user     varchar(64) not null,
    note        varchar(200)
);

create table vaccination_temperature (
    id           bigserial primary key,
    clinic_id    bigint       not null,
    fridge       varchar(20)  not null,
    recorded_at  timestamptz  not null,
    celsius      numeric(4,1) not null,
    out_of_range boolean      not null,
    quarantined  integer      not null default 0,
    by_user      varchar(64)  not null
);
create index vaccination_temperature_clinic on vaccination_temperature (clinic_id, recorded_at desc);

-- clinic-day slots (until the appointments module offers them): capacity per clinic, day and half-day
create table vaccination_slot (
    clinic_id  bigint     not null,
    day        date       not null,
    session    varchar(2) not null check (session in ('AM', 'PM')),
    capacity   integer    not null,
    booked     integer    not null default 0 check (booked >= 0),
    primary key (clinic_id, day, session),
    check (booked <= capacity)
);

create table vaccination_visit (
    id              bigserial primary key,
    clinic_id       bigint       not null,
    clinic_path     varchar(200) not null collate "C",
    resident_id     bigint       not null,
    day             date         not null,
    session         varchar(2)   not null,
    kind            varchar(12)  not null check (kind in ('APPOINTMENT', 'WALK_IN')),
    state           varchar(12)  not null,
    queue_number    integer,
    temperature     numeric(3,1),
    answers         varchar(400),
    deferral        varchar(400),
    consent_by      varchar(50),
    consent_signature text,
    consent_at      timestamptz,
    vaccinated_at   timestamptz,
    observe_until   timestamptz,
    released_at     timestamptz,
    booked_by       varchar(64)  not null,
    created_at      timestamptz  not null,
    version         integer      not null default 0
);
create index vaccination_visit_clinic_day on vaccination_visit (clinic_id, day, state);
create index vaccination_visit_resident on vaccination_visit (resident_id, day);

create table vaccination_visit_item (
    visit_id   bigint       not null references vaccination_visit (id),
    product    varchar(20)  not null,
    price      numeric(8,2) not null,
    free       boolean      not null,
    lot_id     bigint,
    record_id  bigint,
    primary key (visit_id, product)
);

create table vaccination_payment (
    id               bigserial primary key,
    visit_id         bigint        not null references vaccination_visit (id),
    idempotency_key  varchar(80)   not null unique,
    amount           numeric(10,2) not null,
    state            varchar(10)   not null check (state in ('PAID', 'REFUNDED')),
    gateway_ref      varchar(80)   not null,
    receipt_no       varchar(40)   not null,
    paid_at          timestamptz   not null,
    refunded_at      timestamptz
);
create unique index vaccination_payment_visit on vaccination_payment (visit_id) where state = 'PAID';

-- the simulated payment gateway's own ledger (a real gateway keeps this on its side)
create table vaccination_gateway_charge (
    idempotency_key varchar(80)   primary key,
    gateway_ref     varchar(80)   not null,
    amount          numeric(10,2) not null,
    refunded        boolean       not null default false,
    charged_at      timestamptz   not null
);

-- suspected adverse events following immunization (疑似预防接种异常反应)
create table vaccination_aefi (
    id           bigserial primary key,
    record_id    bigint       not null,
    resident_id  bigint       not null,
    clinic_id    bigint       not null,
    clinic_path  varchar(200) not null collate "C",
    lot_id       bigint,
    product      varchar(20)  not null,
    onset_at     timestamptz  not null,
    symptoms     varchar(400) not null,
    serious      boolean      not null,
    case_state   varchar(12)  not null check (case_state in ('REPORTED', 'INVESTIGATING', 'CLOSED')),
    reported_by  varchar(64)  not null,
    reported_at  timestamptz  not null
);
create index vaccination_aefi_clinic on vaccination_aefi (clinic_path, reported_at desc);
