-- 可信数据空间 trusted health data space (issue 23, items 4–7): a DCAT-style catalogue of datasets and data products,
-- purpose-bound access requests and their ODRL-style contracts, the releases made under them, and the synthetic
-- person-level source table the released products are computed from (owned by this module; no other module's tables).

-- A dataset of the catalogue (dcat:Dataset). The field list is the dataset's schema, one row per field.
create table dataspace_dataset (
    id              bigserial primary key,
    code            varchar(20)  not null unique,
    name            varchar(100) not null,
    owner           varchar(100) not null,
    description     varchar(500) not null,
    category        varchar(20)  not null,
    classification  varchar(10)  not null,
    frequency       varchar(10)  not null,
    cohort          varchar(20),
    quality_score   numeric(4, 1) not null check (quality_score between 0 and 100),
    demo            boolean      not null,
    registered_on   date         not null
);

create table dataspace_dataset_field (
    dataset_id bigint      not null references dataspace_dataset (id),
    ordinal    int         not null,
    kind       varchar(30) not null,
    primary key (dataset_id, ordinal)
);

-- A data product built on one dataset: the fields it offers, how it is delivered and the k its releases must meet.
create table dataspace_product (
    id          bigserial primary key,
    code        varchar(20)  not null unique,
    dataset_id  bigint       not null references dataspace_dataset (id),
    name        varchar(100) not null,
    description varchar(500) not null,
    delivery    varchar(10)  not null check (delivery in ('QUERY', 'FILE', 'BOTH')),
    fields      varchar(500) not null,
    k_value     int          not null check (k_value >= 2),
    demo        boolean      not null
);
create index dataspace_product_dataset on dataspace_product (dataset_id);

-- A researcher's request: purpose, fields, data period, recipient; decided by a data steward who is not the requester.
create table dataspace_request (
    id              bigserial primary key,
    product_id      bigint       not null references dataspace_product (id),
    requester       varchar(64)  not null,
    requester_name  varchar(100) not null,
    purpose         varchar(20)  not null,
    purpose_detail  varchar(500) not null,
    fields          varchar(500) not null,
    period_from     date         not null,
    period_to       date         not null,
    recipient       varchar(100) not null,
    ethics_approval varchar(60),
    delivery        varchar(10)  not null check (delivery in ('QUERY', 'FILE')),
    uses            int          not null check (uses between 1 and 1000),
    days            int          not null check (days between 1 and 365),
    state           varchar(10)  not null check (state in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    submitted_at    timestamptz  not null,
    decided_by      varchar(64),
    decided_at      timestamptz,
    decision_note   varchar(300),
    check (period_from <= period_to),
    check (decided_by is null or decided_by <> requester)
);
create index dataspace_request_state on dataspace_request (state, submitted_at);
create index dataspace_request_requester on dataspace_request (requester, submitted_at);

-- The contract an approval makes (an ODRL Agreement): checked, and its use counted, on every access.
create table dataspace_contract (
    id            bigserial primary key,
    request_id    bigint       not null unique references dataspace_request (id),
    product_id    bigint       not null references dataspace_product (id),
    holder        varchar(64)  not null,
    approved_by   varchar(64)  not null,
    purpose       varchar(20)  not null,
    fields        varchar(500) not null,
    period_from   date         not null,
    period_to     date         not null,
    recipient     varchar(100) not null,
    delivery      varchar(10)  not null,
    k_value       int          not null,
    max_uses      int          not null check (max_uses >= 1),
    uses          int          not null default 0 check (uses >= 0 and uses <= max_uses),
    starts_at     timestamptz  not null,
    expires_at    timestamptz  not null,
    policy        text         not null,
    revoked_at    timestamptz,
    revoked_by    varchar(64),
    revoke_reason varchar(300),
    check (holder <> approved_by)
);
create index dataspace_contract_holder on dataspace_contract (holder);
create index dataspace_contract_product on dataspace_contract (product_id);

-- Every query and file release made under a contract (and every refusal by the gate): the usage statistics per
-- product and the release audit beside platform_audit.
create table dataspace_release (
    id           bigserial primary key,
    contract_id  bigint       not null references dataspace_contract (id),
    product_id   bigint       not null references dataspace_product (id),
    kind         varchar(10)  not null check (kind in ('QUERY', 'FILE')),
    outcome      varchar(10)  not null check (outcome in ('RELEASED', 'REFUSED')),
    actor        varchar(64)  not null,
    rows_out     int          not null,
    suppressed   int          not null,
    smallest     int          not null,
    k_value      int          not null,
    epsilon      numeric(5, 2),
    detail       varchar(500) not null,
    released_at  timestamptz  not null
);
create index dataspace_release_contract on dataspace_release (contract_id, released_at);
create index dataspace_release_product on dataspace_release (product_id);

-- Synthetic person-level source (demo): the rows the released products are computed from. Direct identifiers are
-- stored here only to prove they never leave: no endpoint reads them.
create table dataspace_subject (
    id              bigserial primary key,
    id_number       varchar(18)  not null,
    name            varchar(20)  not null,
    phone           varchar(11)  not null,
    address         varchar(100) not null,
    birth_date      date         not null,
    sex             char(1)      not null check (sex in ('1', '2')),
    town_code       varchar(9)   not null,
    town_name       varchar(30)  not null,
    visit_date      date         not null,
    diagnosis       varchar(10)  not null,
    sbp             int          not null,
    dbp             int          not null,
    fasting_glucose numeric(4, 1) not null,
    hba1c           numeric(3, 1) not null,
    bmi             numeric(4, 1) not null,
    consent         varchar(10)  not null check (consent in ('GRANTED', 'NOT_ASKED', 'WITHDRAWN'))
);
create index dataspace_subject_visit on dataspace_subject (visit_date);
