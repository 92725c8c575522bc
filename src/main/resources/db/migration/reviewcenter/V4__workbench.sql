-- The pharmacists' workbench (issue 4 items 1–2): what V3 does not hold. V3's model (states, events, tasks) is used as
-- it stands; these tables only add pharmacists' skills and seniority, per-pool timeout policies, the timers' amber
-- marker, and the HIS webhooks (subscriptions and an outbox of deliveries written in the state change's transaction).

-- A pharmacist's review profile. No row: a general pharmacist who may take every skill but no escalated task.
create table prescriptionreview_pharmacist (
    username   varchar(64)  primary key,
    -- TCM, PAEDIATRICS, ONCOLOGY, ANTIMICROBIAL; GENERAL tasks go to everyone; empty: every skill
    skills     varchar(20)[] not null default '{}',
    -- a senior pharmacist (主管药师及以上) takes escalated tasks
    senior     boolean      not null default false,
    updated_at timestamptz  not null default now()
);

-- Timeout policy per pool (medical community code or 'DISTRICT'); absent pools use
-- rhp.prescription-review.workbench.timeout. Changed by an administrator through the API, so every change is dated.
create table prescriptionreview_timeout_policy (
    pool       varchar(40)  primary key,
    on_timeout varchar(12)  not null check (on_timeout in ('RETURN', 'AUTO_PASS', 'ESCALATE')),
    off_hours  varchar(12)  not null check (off_hours in ('RETURN', 'AUTO_PASS', 'ESCALATE')),
    work_start time         not null,
    work_end   time         not null,
    updated_by varchar(64)  not null,
    updated_at timestamptz  not null default now()
);

-- The sweeper writes the AMBER event once per task (the RED one goes with breached = true).
alter table prescriptionreview_review_task add column amber_signalled boolean not null default false;
-- The note of an approval with a note, the reasons of a return: shown on the task and the story.
alter table prescriptionreview_review_task add column decision_note text;
-- keyset pagination of the queue: open tasks in the order a pharmacist works them
create index prescriptionreview_review_task_queue
    on prescriptionreview_review_task (due_at, id) where decided_at is null;
-- the sweeper's two look-ups
create index prescriptionreview_review_task_amber
    on prescriptionreview_review_task (amber_at) where decided_at is null and not amber_signalled;

-- HIS systems that want every state change pushed: prescriptions under unit_path (the subscriber's scope).
create table prescriptionreview_webhook_subscription (
    id         bigserial    primary key,
    owner      varchar(64)  not null,
    unit_path  varchar(200) not null,
    url        varchar(500) not null,
    -- HMAC-SHA256 key of the X-RHP-Signature header; shown once at creation
    secret     varchar(100) not null,
    active     boolean      not null default true,
    created_at timestamptz  not null default now()
);

-- The outbox: one row per (subscription, state change), written in the transaction of the state change, delivered
-- by the scheduled deliverer and retried with backoff until the receiver answers 2xx.
create table prescriptionreview_webhook_delivery (
    id              bigserial    primary key,
    subscription_id bigint       not null references prescriptionreview_webhook_subscription (id),
    event_id        bigint       not null references prescriptionreview_review_event (id),
    -- json, not jsonb: delivered byte for byte as written (the signature covers these bytes)
    payload         json         not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    last_status     int,
    last_error      varchar(500),
    created_at      timestamptz  not null default now()
);
create index prescriptionreview_webhook_delivery_due
    on prescriptionreview_webhook_delivery (next_attempt_at) where delivered_at is null;
create index prescriptionreview_webhook_delivery_event on prescriptionreview_webhook_delivery (event_id);
