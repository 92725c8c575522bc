-- Early-warning channels, signals and their handling (issue 6). unit_path columns carry the owning unit's
-- materialised path so every read filters by the caller's DataScope (unit_path LIKE ?).

-- A class of a school or kindergarten, created by the school nurse's first check of it.
create table surveillance_school_class (
    id          bigserial primary key,
    school_id   bigint       not null,
    unit_path   varchar(200) not null,
    town_code   varchar(12)  not null,
    grade       smallint     not null check (grade between 1 and 12),
    class_name  varchar(40)  not null,
    enrolled    int          not null check (enrolled > 0),
    unique (school_id, grade, class_name)
);

-- Morning/noon check and sick absence of one class on one day (WS/T 772-2020; 2006 school reporting norm).
create table surveillance_school_check (
    id           bigserial primary key,
    class_id     bigint      not null references surveillance_school_class (id),
    check_date   date        not null,
    enrolled     int         not null,
    present      int         not null,
    absent_ill   int         not null,
    sick_pupils  int         not null,
    recorded_by  varchar(64) not null,
    recorded_at  timestamptz not null default now(),
    unique (class_id, check_date),
    check (present <= enrolled and absent_ill <= enrolled - present)
);

-- Notifiable-disease case reports from hospitals (NIDRIS card fields the rules use).
create table surveillance_case_report (
    id              bigserial primary key,
    reporting_unit  bigint       not null,
    unit_path       varchar(200) not null,
    disease         varchar(40)  not null,
    status          varchar(12)  not null check (status in ('suspected', 'clinical', 'lab')),
    onset_date      date         not null,
    diagnosis_date  date         not null,
    patient_name    varchar(60)  not null,
    address_code    varchar(12)  not null,
    school_id       bigint,
    class_name      varchar(40),
    reported_by     varchar(64)  not null,
    reported_at     timestamptz  not null default now()
);

-- Person-level events the count-window rules count (school-check pupils, case reports).
create table surveillance_case_event (
    id                 bigserial primary key,
    channel            varchar(20)  not null,
    source_id          bigint       not null,
    person_key         varchar(120) not null,
    person_name        varchar(60),
    category           varchar(40)  not null,
    status             varchar(12),
    event_date         date         not null,
    class_key          varchar(60),
    class_label        varchar(80),
    school_id          bigint,
    village_code       varchar(12),
    town_code          varchar(12)  not null,
    unit_path          varchar(200) not null,
    excluded_by_signal bigint
);
create index surveillance_case_event_source on surveillance_case_event (channel, source_id);
create index surveillance_case_event_category on surveillance_case_event (category, event_date);

-- Aggregated daily counts: syndromic visits, pharmacy sales, school sick absence, lab positives, nursing homes.
create table surveillance_daily_count (
    channel    varchar(20)  not null,
    unit_id    bigint       not null,
    unit_path  varchar(200) not null,
    town_code  varchar(12)  not null,
    category   varchar(40)  not null,
    day        date         not null,
    count      int          not null check (count >= 0),
    primary key (channel, unit_id, category, day)
);
create index surveillance_daily_count_day on surveillance_daily_count (day);

-- Days removed from statistical baselines: confirmed outbreaks (linked to the signal that confirmed them).
create table surveillance_baseline_exclusion (
    id         bigserial primary key,
    channel    varchar(20) not null,
    unit_id    bigint,
    town_code  varchar(12) not null,
    category   varchar(40) not null,
    from_day   date        not null,
    to_day     date        not null,
    signal_id  bigint      not null
);

-- One fused signal per area (town), syndrome group and episode (research §8.7), with its handling clock (§7).
create table surveillance_signal (
    id                       bigserial primary key,
    town_code                varchar(12)  not null,
    unit_path                varchar(200) not null,
    syndrome                 varchar(30)  not null,
    grade                    varchar(8)   not null check (grade in ('red', 'orange', 'yellow', 'blue')),
    status                   varchar(14)  not null,
    title                    varchar(300) not null,
    explanation              text         not null,
    first_day                date         not null,
    last_day                 date         not null,
    generated_at             timestamptz  not null,
    dispatched_at            timestamptz,
    acknowledged_at          timestamptz,
    acknowledged_by          varchar(64),
    verified_at              timestamptz,
    verification             varchar(12),
    investigation_started_at timestamptz,
    closed_at                timestamptz,
    outcome                  varchar(12),
    sla_hours                int          not null,
    due_at                   timestamptz  not null,
    escalation_level         int          not null default 0,
    simulated                boolean      not null default false
);
create index surveillance_signal_open on surveillance_signal (town_code, syndrome) where closed_at is null;

-- What made a signal fire: a rule hit or a statistical alarm in one channel and unit.
create table surveillance_signal_trigger (
    id          bigserial primary key,
    signal_id   bigint       not null references surveillance_signal (id),
    channel     varchar(20)  not null,
    kind        varchar(12)  not null,
    rule_id     varchar(80)  not null,
    rule_name   varchar(200) not null,
    tier        varchar(12)  not null,
    unit_key    varchar(60)  not null,
    unit_label  varchar(200) not null,
    unit_path   varchar(200) not null,
    category    varchar(40)  not null,
    first_day   date         not null,
    last_day    date         not null,
    count       double precision not null,
    baseline    double precision,
    threshold   double precision not null,
    pvalue      double precision,
    persons     text         not null default '',
    source      varchar(300) not null,
    unique (signal_id, rule_id, unit_key, category)
);

-- Every handling step (dispatch, acknowledge, verify, investigate, close, escalate), who and when.
create table surveillance_signal_step (
    id         bigserial primary key,
    signal_id  bigint      not null references surveillance_signal (id),
    action     varchar(20) not null,
    actor      varchar(64) not null,
    at         timestamptz not null,
    note       varchar(500)
);

-- In-app notifications (the CDC duty officer's inbox) and the SMS log of the logging adapter.
create table surveillance_notification (
    id          bigserial primary key,
    signal_id   bigint       not null references surveillance_signal (id),
    recipient   varchar(40)  not null,
    text        varchar(500) not null,
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create table surveillance_sms_log (
    id          bigserial primary key,
    signal_id   bigint       not null,
    recipient   varchar(40)  not null,
    text        varchar(500) not null,
    sent_at     timestamptz  not null
);
