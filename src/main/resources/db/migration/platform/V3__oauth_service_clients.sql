-- OAuth2 client credentials for service accounts (issue 15, docs/adr/0014): a registered client is a platform
-- service account plus the public key that verifies its signed assertions (private_key_jwt). Revoked, not deleted:
-- the audit trail keeps naming it.
create table platform_oauth_client (
    id             bigserial primary key,
    client_id      varchar(64)  not null unique,
    account_id     bigint       not null references platform_account (id),
    public_jwk     text         not null,
    key_id         varchar(100) not null,
    algorithm      varchar(10)  not null,
    registered_by  varchar(64)  not null,
    registered_at  timestamptz  not null default now(),
    revoked_at     timestamptz
);
