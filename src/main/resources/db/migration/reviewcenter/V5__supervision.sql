-- Supervision, replay and post-hoc review (issue 4 items 4–7). Reads the review workflow of V3; writes only here.

-- Daily rollup for the supervision pages (issue 4 §4): one row per day × institution × department × prescriber ×
-- setting. Days before today are built in bulk (demo generator, nightly job); today is always computed live from the
-- base tables by the same SQL (SupervisionRollup), so a decision shows on the page at the next refresh.
create table prescriptionreview_daily_stat (
    day                 date         not null,
    institution_id      bigint       not null,
    institution_path    varchar(200) not null,
    department          varchar(60)  not null,
    prescriber_staff_id bigint       not null,
    setting             varchar(12)  not null,
    -- by submission day
    prescriptions       int          not null default 0,
    screened            int          not null default 0,
    flagged             int          not null default 0,
    -- by task enqueue / decision day
    queued              int          not null default 0,
    reviewed            int          not null default 0,
    approved            int          not null default 0,
    returned            int          not null default 0,
    timeouts            int          not null default 0,
    breached            int          not null default 0,
    -- by event day
    signature_requests  int          not null default 0,
    double_signed       int          not null default 0,
    modified_after_return int        not null default 0,
    primary key (day, institution_id, department, prescriber_staff_id, setting)
);
create index prescriptionreview_daily_stat_scope
    on prescriptionreview_daily_stat (institution_path varchar_pattern_ops, day);
-- the same per day × institution only: district, medical-community and institution views read this (about
-- 110,000 rows a year for 301 institutions); departments and doctors read the fine table of one institution
create table prescriptionreview_daily_unit_stat (
    day                 date         not null,
    institution_id      bigint       not null,
    institution_path    varchar(200) not null,
    prescriptions       int          not null default 0,
    screened            int          not null default 0,
    flagged             int          not null default 0,
    queued              int          not null default 0,
    reviewed            int          not null default 0,
    approved            int          not null default 0,
    returned            int          not null default 0,
    timeouts            int          not null default 0,
    breached            int          not null default 0,
    signature_requests  int          not null default 0,
    double_signed       int          not null default 0,
    modified_after_return int        not null default 0,
    primary key (day, institution_id)
);
create index prescriptionreview_daily_unit_stat_scope
    on prescriptionreview_daily_unit_stat (institution_path varchar_pattern_ops, day);
create index prescriptionreview_daily_stat_institution on prescriptionreview_daily_stat (institution_id, day);

-- the live part of the supervision queries (today) selects base rows by time alone
create index prescriptionreview_prescription_submitted on prescriptionreview_prescription (submitted_at);
create index prescriptionreview_review_task_decided on prescriptionreview_review_task (decided_at);
create index prescriptionreview_review_task_enqueued on prescriptionreview_review_task (enqueued_at);
create index prescriptionreview_review_event_at on prescriptionreview_review_event (at);

-- findings per rule and day (top problems, override denominators)
create table prescriptionreview_daily_rule_stat (
    day              date         not null,
    institution_id   bigint       not null,
    institution_path varchar(200) not null,
    rule_id          varchar(40)  not null,
    findings         int          not null,
    -- answers to the rule's blocking alerts (pharmacist decisions, doctors' signatures or modifications) and how
    -- many of them overrode it (approved or double-signed despite the alert)
    decisions        int          not null default 0,
    overrides        int          not null default 0,
    primary key (day, institution_id, rule_id)
);
create index prescriptionreview_daily_rule_stat_scope
    on prescriptionreview_daily_rule_stat (institution_path varchar_pattern_ops, day);
-- which days the rollup holds (a day is rebuilt whole)
create table prescriptionreview_rollup_day (
    day      date        primary key,
    built_at timestamptz not null default now()
);

-- Replay of stored prescriptions through a candidate knowledge base and/or tier→action policy (issue 4 §5).
create table prescriptionreview_replay_run (
    id               bigserial    primary key,
    requested_by     varchar(64)  not null,
    requested_at     timestamptz  not null default now(),
    days             int          not null,
    -- the uploaded KB file (relative path inside the knowledge base and its YAML), if any
    kb_file          varchar(200),
    kb_yaml          text,
    kb_sha256        char(64),
    candidate_kb_version varchar(40),
    -- candidate tier→action mapping as JSON {"T2":"NOTICE",...}, if any
    policy           jsonb,
    note             text,
    status           varchar(12)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total            int          not null default 0,
    processed        int          not null default 0,
    failure          text,
    finished_at      timestamptz,
    -- queue load: prescriptions that would need a pharmacist before / after
    queue_before     int          not null default 0,
    queue_after      int          not null default 0,
    flagged_before   int          not null default 0,
    flagged_after    int          not null default 0
);
-- one row per prescription whose alerts change
create table prescriptionreview_replay_change (
    run_id              bigint       not null references prescriptionreview_replay_run (id),
    prescription_id     bigint       not null,
    institution_id      bigint       not null,
    institution_path    varchar(200) not null,
    prescriber_staff_id bigint,
    rule_id             varchar(40)  not null,
    change              varchar(8)   not null check (change in ('ADDED', 'REMOVED')),
    finding_count       int          not null,
    action_before       varchar(20)  not null,
    action_after        varchar(20)  not null
);
create index prescriptionreview_replay_change_run on prescriptionreview_replay_change (run_id, rule_id);
-- activation decisions: who made a candidate live, when, why (issue 4 §5)
create table prescriptionreview_activation (
    id          bigserial    primary key,
    run_id      bigint       not null references prescriptionreview_replay_run (id),
    decided_by  varchar(64)  not null,
    decided_at  timestamptz  not null default now(),
    decision    varchar(10)  not null check (decision in ('ACTIVATED', 'DECLINED')),
    reason      text         not null,
    kb_version  varchar(40)
);

-- Post-hoc review (处方点评, 《医院处方点评管理规范（试行）》卫医管发〔2010〕28号): monthly seeded samples per
-- institution, graded by pharmacists with the 规范's categories (第十七–十九条).
create table prescriptionreview_posthoc_sample (
    id               bigserial    primary key,
    institution_id   bigint       not null,
    institution_path varchar(200) not null,
    month            date         not null,
    seed             bigint       not null,
    population       int          not null,
    size             int          not null,
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null default now(),
    constraint prescriptionreview_posthoc_sample_month unique (institution_id, month)
);
create table prescriptionreview_posthoc_item (
    sample_id        bigint       not null references prescriptionreview_posthoc_sample (id),
    prescription_id  bigint       not null references prescriptionreview_prescription (id),
    institution_path varchar(200) not null,
    -- RATIONAL, NON_STANDARD, INAPPROPRIATE, ABNORMAL; null until graded
    grade            varchar(16),
    -- sub-item codes such as NS10, IA5, AB2
    items            varchar(8)[] not null default '{}',
    comment          text,
    graded_by        varchar(64),
    graded_at        timestamptz,
    primary key (sample_id, prescription_id)
);
