-- 互联网复诊 (issue 18, 《互联网诊疗监管细则（试行）》2022): consultations resting on a diagnosis made at a physical
-- institution, their messages and their online prescriptions with the screening verdict.
create table consultation_consultation (
    id               bigserial    primary key,
    resident_id      bigint       not null,
    unit_id          bigint       not null,
    unit_path        varchar(200) not null,
    prior_visit_id   bigint       not null,
    prior_day        date         not null,
    diagnosis_icd10  varchar(20)  not null,
    diagnosis_text   varchar(100) not null,
    complaint        varchar(500) not null,
    -- what the resident shares with the consulting institution by opening (its doctors do not hold the resident's
    -- record in their scope): what screening needs about the patient
    birth_date       date         not null,
    sex              varchar(6)   not null,
    status           varchar(12)  not null,
    doctor_username  varchar(64),
    doctor_name      varchar(50),
    opened_at        timestamptz  not null,
    accepted_at      timestamptz,
    closed_at        timestamptz,
    close_reason     varchar(200),
    -- 细则: the record is kept as an outpatient record (≥15 years)
    keep_until       date         not null
);
create index consultation_resident on consultation_consultation (resident_id, opened_at desc);
create index consultation_queue on consultation_consultation (unit_path, status, opened_at);

create table consultation_message (
    id               bigserial    primary key,
    consultation_id  bigint       not null references consultation_consultation (id),
    author           varchar(64)  not null,
    from_doctor      boolean      not null,
    text             varchar(2000),
    image_name       varchar(200),
    created_at       timestamptz  not null,
    -- 细则: text, images, audio and video kept at least 3 years
    keep_until       date         not null
);
create index consultation_message_thread on consultation_message (consultation_id, created_at);

create table consultation_prescription (
    id               bigserial    primary key,
    consultation_id  bigint       not null references consultation_consultation (id),
    prescriber       varchar(64)  not null,
    lines            text         not null,
    status           varchar(20)  not null,
    action           varchar(20)  not null,
    highest_tier     varchar(4),
    findings         text         not null,
    kb_version       varchar(40),
    created_at       timestamptz  not null
);
