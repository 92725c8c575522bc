-- Two nodes on one PostgreSQL (issue 24, docs/scale-out.md).

-- ShedLock (JDBC provider): one row per scheduled job; a node runs the job only while it holds the row's lock, so
-- every @Scheduled job runs once per cluster. Times are the database's (usingDbTime), not each node's clock.
create table platform_shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Spring Session JDBC (spring.session.jdbc.table-name = platform_session): page sessions live here, so a session
-- created on one node is served by any other. Same layout as Spring Session's schema-postgresql.sql.
create table platform_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint platform_session_pk primary key (primary_id)
);
create unique index platform_session_ix1 on platform_session (session_id);
create index platform_session_ix2 on platform_session (expiry_time);
create index platform_session_ix3 on platform_session (principal_name);

create table platform_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint platform_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint platform_session_attributes_fk foreign key (session_primary_id)
        references platform_session (primary_id) on delete cascade
);
