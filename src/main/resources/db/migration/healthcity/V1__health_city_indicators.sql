-- Health-city indicators (issue 23 items 1-3): the versioned catalogue, the values by town and year, department
-- submissions with evidence and a two-level approval (docs/health-city.md).

-- One row per version of an indicator: a change makes a new row, values keep pointing at the version they were
-- collected under.
create table healthcity_indicator (
    id              bigserial primary key,
    code            varchar(40)   not null,
    version         int           not null,
    level1          varchar(40)   not null,
    level2          varchar(40)   not null,
    name            varchar(120)  not null,
    definition      varchar(1000) not null,
    numerator       varchar(300)  not null,
    denominator     varchar(300)  not null,
    unit            varchar(20)   not null,
    period          varchar(10)   not null,
    department      varchar(30)   not null,
    target          numeric(14, 4) not null,
    direction       varchar(10)   not null check (direction in ('HIGHER', 'LOWER')),
    weight          numeric(6, 2) not null check (weight >= 0),
    min_value       numeric(14, 4) not null,
    max_value       numeric(14, 4) not null,
    collection      varchar(10)   not null check (collection in ('PLATFORM', 'FORM')),
    platform_source varchar(40),
    source          varchar(500)  not null,
    target_source   varchar(300)  not null,
    verified        boolean       not null,
    local           boolean       not null,
    sort_order      int           not null,
    change_note     varchar(300)  not null,
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null,
    superseded_at   timestamptz,
    unique (code, version),
    check (min_value <= max_value)
);
create unique index healthcity_indicator_current on healthcity_indicator (code) where superseded_at is null;

-- Which department an officer submits for.
create table healthcity_officer (
    username   varchar(64) primary key,
    department varchar(30) not null
);

-- The value of an indicator for a town and year that the evaluation uses: computed by the platform, approved from a
-- department form, or imported from the evaluations before the platform.
create table healthcity_value (
    id            bigserial primary key,
    indicator_id  bigint        not null references healthcity_indicator (id),
    code          varchar(40)   not null,
    year          int           not null,
    town_code     varchar(12)   not null,
    value         numeric(16, 4) not null,
    numerator     numeric(18, 2),
    denominator   numeric(18, 2),
    origin        varchar(10)   not null check (origin in ('PLATFORM', 'FORM', 'IMPORT')),
    submission_id bigint,
    note          varchar(300),
    recorded_at   timestamptz   not null,
    unique (code, year, town_code)
);
create index healthcity_value_year on healthcity_value (year);

-- A department's submission of one indicator for one year, all towns at once.
create table healthcity_submission (
    id            bigserial primary key,
    indicator_id  bigint       not null references healthcity_indicator (id),
    code          varchar(40)  not null,
    year          int          not null,
    department    varchar(30)  not null,
    state         varchar(20)  not null check (state in ('SUBMITTED', 'DEPARTMENT_APPROVED', 'APPROVED', 'RETURNED')),
    note          varchar(500) not null default '',
    due_on        date         not null,
    submitted_by  varchar(64)  not null,
    submitted_at  timestamptz  not null,
    first_by      varchar(64),
    first_at      timestamptz,
    final_by      varchar(64),
    final_at      timestamptz,
    returned_by   varchar(64),
    returned_at   timestamptz,
    return_reason varchar(300),
    unique (code, year)
);
create index healthcity_submission_state on healthcity_submission (state);

create table healthcity_submission_value (
    submission_id bigint        not null references healthcity_submission (id),
    town_code     varchar(12)   not null,
    value         numeric(16, 4) not null,
    primary key (submission_id, town_code)
);

-- Evidence files (statistical reports, monitoring bulletins): type and size checked on upload, content hashed.
create table healthcity_evidence (
    id            bigserial primary key,
    submission_id bigint       not null references healthcity_submission (id),
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    int          not null,
    sha256        varchar(64)  not null,
    content       bytea        not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null
);
create index healthcity_evidence_submission on healthcity_evidence (submission_id);
