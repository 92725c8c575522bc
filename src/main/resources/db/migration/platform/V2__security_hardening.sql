-- Security hardening (issue 15, docs/security.md).
-- Audit actions of the login and token events are longer than ten characters.
alter table platform_audit_event alter column action type varchar(20);

-- Password history: a changed password may not repeat the last few (GB/T 22239-2019 8.1.4.1 a).
create table platform_password_history (
    account_id     bigint       not null references platform_account (id),
    password_hash  varchar(100) not null,
    changed_at     timestamptz  not null default now()
);
create index platform_password_history_account on platform_password_history (account_id, changed_at desc);

alter table platform_account add column password_changed_at timestamptz;

-- Personal tokens are revoked, not deleted: the audit trail keeps naming them.
alter table platform_api_token add column revoked_at timestamptz;
create index platform_api_token_account on platform_api_token (account_id);
