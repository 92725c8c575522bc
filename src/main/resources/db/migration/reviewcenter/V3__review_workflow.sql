-- The review workflow (issue 4): where each stored prescription stands between screening and dispensing, the
-- pharmacists' queue, and the story of every state change. Shared by the workbench (queue, decisions, doctor's loop,
-- HIS webhooks) and supervision (indicators read the events), so both sides agree on one model:
--
--   PASSED        screening raised nothing that stops it (action PASS or NOTICE)             -> may be dispensed
--   AWAITING_SIGNATURE  action BLOCK_OVERRIDABLE: the doctor modifies or double-signs (双签)
--   QUEUED        action PHARMACIST_REVIEW, or UNSCREENED (never a silent pass): waits in a pool
--   CLAIMED       a pharmacist holds it
--   ESCALATED     waits for a senior pharmacist
--   APPROVED      a pharmacist approved it (with or without a note), or a timeout policy passed it -> may be dispensed
--   RETURNED      a pharmacist returned it to the doctor with coded reasons (or a timeout policy did)
--   REJECTED      action REJECT: must be modified, no override
--   DOUBLE_SIGNED the doctor signed a second time with a coded reason where the tier allows it  -> may be dispensed
--   DISPENSED     the HIS reported it charged/dispensed (only from PASSED, APPROVED, DOUBLE_SIGNED)
--   CANCELLED     the doctor withdrew it
-- A modification (new revision) re-screens and starts again from the new verdict.
alter table prescriptionreview_prescription add column review_state varchar(20);
alter table prescriptionreview_prescription add column review_state_at timestamptz;
alter table prescriptionreview_prescription add column department varchar(60);
create index prescriptionreview_prescription_state
    on prescriptionreview_prescription (review_state, institution_path varchar_pattern_ops);

-- Every state change of a prescription: who, when, why (issue 4 §3). Supervision counts from here.
create table prescriptionreview_review_event (
    id               bigserial    primary key,
    prescription_id  bigint       not null references prescriptionreview_prescription (id),
    revision         int          not null,
    -- copied from the prescription so scope filters need no join (docs/adr/0005)
    institution_path varchar(200) not null,
    -- SCREENED, QUEUED, CLAIMED, RELEASED, APPROVED, APPROVED_WITH_NOTE, RETURNED, ESCALATED, TIMEOUT,
    -- AUTO_PASSED, MODIFIED, DOUBLE_SIGNED, DISPENSED, CANCELLED, AMBER, RED
    kind             varchar(24)  not null,
    from_state       varchar(20),
    to_state         varchar(20),
    -- account name, or 'system' for screening and timers
    actor            varchar(64)  not null,
    -- coded reasons (return reasons, double-sign reasons, timeout policy) and free text
    reason_codes     varchar(40)[] not null default '{}',
    message          text,
    -- true when the event happened outside the medical community's working hours
    off_hours        boolean      not null default false,
    at               timestamptz  not null default now()
);
create index prescriptionreview_review_event_prescription on prescriptionreview_review_event (prescription_id, at);
create index prescriptionreview_review_event_scope
    on prescriptionreview_review_event (institution_path varchar_pattern_ops, at);

-- One review round of a prescription needing a pharmacist (one per revision that needs one). Open while
-- decided_at is null; kept afterwards for workload and timer-breach reports.
create table prescriptionreview_review_task (
    id               bigserial    primary key,
    prescription_id  bigint       not null references prescriptionreview_prescription (id),
    revision         int          not null,
    institution_path varchar(200) not null,
    -- medical community code, or 'DISTRICT' when the district-wide pool is configured
    pool             varchar(40)  not null,
    -- TCM, PAEDIATRICS, ONCOLOGY, ANTIMICROBIAL or GENERAL
    skill            varchar(20)  not null,
    setting          varchar(12)  not null,
    highest_tier     varchar(2),
    senior_only      boolean      not null default false,
    enqueued_at      timestamptz  not null,
    amber_at         timestamptz  not null,
    due_at           timestamptz  not null,
    claimed_by       varchar(64),
    claimed_at       timestamptz,
    decided_by       varchar(64),
    decided_at       timestamptz,
    -- APPROVED, APPROVED_WITH_NOTE, RETURNED, TIMEOUT_RETURNED, TIMEOUT_PASSED, TIMEOUT_ESCALATED, SUPERSEDED
    outcome          varchar(24),
    breached         boolean      not null default false,
    constraint prescriptionreview_review_task_round unique (prescription_id, revision)
);
create index prescriptionreview_review_task_open
    on prescriptionreview_review_task (pool, enqueued_at) where decided_at is null;
create index prescriptionreview_review_task_scope
    on prescriptionreview_review_task (institution_path varchar_pattern_ops, enqueued_at);
