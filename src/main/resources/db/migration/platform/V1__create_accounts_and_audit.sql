-- Accounts, API tokens and the personal-data audit trail (docs/adr/0005, docs/adr/0006).
create table platform_account (
    id             bigserial primary key,
    username       varchar(64)  not null unique,
    display_name   varchar(100) not null,
    password_hash  varchar(100) not null,
    role           varchar(32)  not null,
    unit_id        bigint       not null,
    -- the unit whose subtree the user sees; usually unit_id, the district root for CDC officers
    scope_unit_id  bigint       not null,
    resident_id    bigint,
    demo           boolean      not null default false,
    enabled        boolean      not null default true,
    failed_logins  int          not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz  not null default now()
);

create table platform_api_token (
    id            bigserial primary key,
    account_id    bigint      not null references platform_account (id),
    name          varchar(100) not null,
    token_sha256  char(64)    not null unique,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    last_used_at  timestamptz
);

create table platform_audit_event (
    id           bigserial primary key,
    at           timestamptz  not null default now(),
    username     varchar(64)  not null,
    role         varchar(32)  not null,
    unit_id      bigint       not null,
    channel      varchar(10)  not null,
    action       varchar(10)  not null,
    record_type  varchar(40)  not null,
    record_ids   bigint[]     not null,
    purpose      varchar(500) not null,
    client_ip    varchar(64)
);
create index platform_audit_event_at on platform_audit_event (at desc);
create index platform_audit_event_user on platform_audit_event (username, at desc);
create index platform_audit_event_records on platform_audit_event using gin (record_ids);
