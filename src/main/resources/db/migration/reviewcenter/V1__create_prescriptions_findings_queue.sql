-- Submitted prescriptions and their screening (issue 3 §5). One row per (institution, prescription number): a
-- resubmission of the same content returns the stored row, a changed one is a revision (PUT) that re-screens it.
create table prescriptionreview_prescription (
    id                  bigserial primary key,
    institution_id      bigint       not null,
    -- path of the institution, copied from org so scope filters need no cross-module join (docs/adr/0005)
    institution_path    varchar(200) not null,
    prescription_number varchar(64)  not null,
    revision            int          not null default 1,
    -- 'R:<resident id>' for residents of the index, 'H:<sha-256 of the ID number>' otherwise; links the regional
    -- medication history without storing an identifier a leak would expose
    patient_key         varchar(80),
    resident_id         bigint,
    setting             varchar(12)  not null,
    prescriber_staff_id bigint,
    issued_on           date         not null,
    request_sha256      char(64)     not null,
    request             jsonb        not null,
    status              varchar(12)  not null,
    action              varchar(20)  not null,
    highest_tier        varchar(2),
    kb_version          varchar(40),
    failure             text,
    limitations         jsonb        not null default '[]',
    submitted_by        varchar(64)  not null,
    submitted_at        timestamptz  not null default now(),
    screened_at         timestamptz  not null,
    updated_at          timestamptz  not null default now(),
    constraint prescriptionreview_prescription_number unique (institution_id, prescription_number)
);
create index prescriptionreview_prescription_scope
    on prescriptionreview_prescription (institution_path varchar_pattern_ops, submitted_at);
create index prescriptionreview_prescription_patient on prescriptionreview_prescription (patient_key);

-- Findings of every revision. A finding that a later revision no longer raises is closed, not deleted (research §7
-- N3): the pharmacist sees what was fixed.
create table prescriptionreview_finding (
    id               bigserial primary key,
    prescription_id  bigint       not null references prescriptionreview_prescription (id),
    finding_key      char(64)     not null,
    rule_id          varchar(40)  not null,
    rule_version     varchar(20)  not null,
    kb_version       varchar(40)  not null,
    tier             varchar(2)   not null,
    action           varchar(20)  not null,
    message          text         not null,
    drugs            jsonb        not null,
    evidence         jsonb        not null,
    source           text         not null,
    opened_revision  int          not null,
    closed_revision  int,
    closed_at        timestamptz,
    closed_reason    varchar(200)
);
create index prescriptionreview_finding_prescription on prescriptionreview_finding (prescription_id);
create index prescriptionreview_finding_rule on prescriptionreview_finding (rule_id);

-- The regional medication history (research §2.4 C6): each drug line of a stored prescription, per patient.
create table prescriptionreview_medication (
    prescription_id bigint      not null references prescriptionreview_prescription (id),
    patient_key     varchar(80) not null,
    drug_name       varchar(100) not null,
    institution_id  bigint      not null,
    dispensed_on    date        not null,
    days_supply     int
);
create index prescriptionreview_medication_patient on prescriptionreview_medication (patient_key, dispensed_on);

-- Prescriptions the engine could not screen (fault, timeout, knowledge base unavailable): a pharmacist reviews
-- them afterwards (research §7 N1). Never a silent pass.
create table prescriptionreview_retrospective (
    id                  bigserial primary key,
    channel             varchar(20)  not null,
    institution_id      bigint,
    prescription_id     bigint references prescriptionreview_prescription (id),
    prescription_number varchar(64),
    payload             jsonb,
    failure             text         not null,
    created_at          timestamptz  not null default now(),
    resolved_at         timestamptz,
    resolved_by         varchar(64)
);
create index prescriptionreview_retrospective_open on prescriptionreview_retrospective (created_at) where resolved_at is null;

-- CDS Hooks cards issued, and the feedback clients send about them (CDS Hooks 2.0 §Feedback).
create table prescriptionreview_cds_card (
    uuid           uuid         primary key,
    service_id     varchar(60)  not null,
    hook_instance  varchar(80)  not null,
    rule_id        varchar(40)  not null,
    tier           varchar(2)   not null,
    client         varchar(64)  not null,
    issued_at      timestamptz  not null default now()
);
create table prescriptionreview_cds_feedback (
    id               bigserial primary key,
    card_uuid        uuid         not null references prescriptionreview_cds_card (uuid),
    service_id       varchar(60)  not null,
    outcome          varchar(12)  not null check (outcome in ('accepted', 'overridden')),
    override_code    varchar(40),
    override_display varchar(200),
    user_comment     text,
    outcome_at       timestamptz  not null,
    received_by      varchar(64)  not null,
    received_at      timestamptz  not null default now()
);
create index prescriptionreview_cds_feedback_card on prescriptionreview_cds_feedback (card_uuid);
