-- 号源与预约 (issue 18): departments of the 诊疗科目 catalogue, sessions (出诊), slots (号源), appointments, the
-- wait-list (候补), notifications to residents and the 24-hour triage log.

-- 《医疗机构诊疗科目名录》(卫医发〔1994〕第27号, with later additions): codes as published; sub-specialties (专业) carry
-- the parent's code and a two-digit suffix.
create table appointments_department (
    code        varchar(10)  primary key,
    name        varchar(40)  not null,
    parent_code varchar(10)  references appointments_department (code)
);

insert into appointments_department (code, name, parent_code) values
    ('01', '预防保健科', null),
    ('02', '全科医疗科', null),
    ('03', '内科', null),
    ('03.01', '呼吸内科', '03'),
    ('03.02', '消化内科', '03'),
    ('03.03', '神经内科', '03'),
    ('03.04', '心血管内科', '03'),
    ('03.06', '肾内科', '03'),
    ('03.07', '内分泌科', '03'),
    ('04', '外科', null),
    ('04.01', '普通外科', '04'),
    ('04.03', '骨科', '04'),
    ('04.04', '泌尿外科', '04'),
    ('05', '妇产科', null),
    ('07', '儿科', null),
    ('10', '眼科', null),
    ('11', '耳鼻咽喉科', null),
    ('12', '口腔科', null),
    ('13', '皮肤科', null),
    ('15', '精神科', null),
    ('20', '急诊医学科', null),
    ('21', '康复医学科', null),
    ('50', '中医科', null);

-- 出诊: one doctor (or a general clinic) of one department in one half-day. Release and the family-doctor priority
-- cut-off are computed when the session is planned and stored, so a later change of the rules does not move them.
create table appointments_session (
    id               bigserial    primary key,
    unit_id          bigint       not null,
    unit_path        varchar(200) not null,
    department_code  varchar(10)  not null references appointments_department (code),
    service_type     varchar(30)  not null default 'OUTPATIENT',
    doctor_staff_id  bigint,
    doctor_name      varchar(50),
    doctor_title     varchar(30),
    day              date         not null,
    period           varchar(12)  not null,
    starts_at        timestamptz  not null,
    ends_at          timestamptz  not null,
    slot_minutes     int          not null check (slot_minutes between 3 and 120),
    fee_cents        int          not null check (fee_cents >= 0),
    capacity         int          not null check (capacity between 1 and 500),
    reserved         int          not null default 0,
    release_at       timestamptz  not null,
    priority_until   timestamptz  not null,
    status           varchar(12)  not null default 'OPEN',
    stop_reason      varchar(200),
    substitute_name  varchar(50)
);
create index appointments_session_find on appointments_session (department_code, day, unit_id);
create index appointments_session_scope on appointments_session (unit_path, day);
create unique index appointments_session_once on appointments_session (unit_id, department_code, day, period, coalesce(doctor_staff_id, 0), service_type);

-- 号源: one numbered slot. Taken by a conditional update (status 'AVAILABLE' → 'BOOKED'), so no slot is given twice.
create table appointments_slot (
    id              bigserial   primary key,
    session_id      bigint      not null references appointments_session (id),
    seq             int         not null,
    starts_at       timestamptz not null,
    reserved        boolean     not null default false,
    status          varchar(12) not null default 'AVAILABLE',
    appointment_id  bigint,
    unique (session_id, seq)
);
create index appointments_slot_free on appointments_slot (session_id, starts_at) where status = 'AVAILABLE';

create table appointments_appointment (
    id               bigserial    primary key,
    slot_id          bigint       not null references appointments_slot (id),
    session_id       bigint       not null references appointments_session (id),
    resident_id      bigint       not null,
    unit_id          bigint       not null,
    unit_path        varchar(200) not null,
    department_code  varchar(10)  not null,
    service_type     varchar(30)  not null,
    day              date         not null,
    starts_at        timestamptz  not null,
    status           varchar(12)  not null,
    booked_at        timestamptz  not null,
    booked_by        varchar(64)  not null,
    priority         boolean      not null default false,
    triage_id        bigint,
    cancelled_at     timestamptz,
    checked_in_at    timestamptz,
    queue_number     int,
    diagnosis_icd10  varchar(20),
    diagnosis_text   varchar(100)
);
-- belt and braces under the conditional update: one live appointment per slot, one per resident and session
create unique index appointments_slot_once on appointments_appointment (slot_id) where status in ('BOOKED', 'ATTENDED');
create unique index appointments_one_per_session on appointments_appointment (resident_id, session_id) where status in ('BOOKED', 'ATTENDED');
create index appointments_appointment_resident on appointments_appointment (resident_id, day);
create index appointments_appointment_scope on appointments_appointment (unit_path, day);
create index appointments_appointment_session on appointments_appointment (session_id, status);

-- 候补: Hangzhou's limits (research Part 2 §2.4): one pending wait-list per resident.
create table appointments_waitlist (
    id              bigserial   primary key,
    session_id      bigint      not null references appointments_session (id),
    resident_id     bigint      not null,
    created_at      timestamptz not null,
    status          varchar(12) not null,
    appointment_id  bigint
);
create unique index appointments_one_waiting on appointments_waitlist (resident_id) where status = 'WAITING';
create index appointments_waitlist_queue on appointments_waitlist (session_id, created_at) where status = 'WAITING';

-- 消息: what the resident is told (停诊, 候补成功, 提醒); an SMS gateway reads unsent rows.
create table appointments_notification (
    id              bigserial    primary key,
    resident_id     bigint       not null,
    appointment_id  bigint,
    kind            varchar(20)  not null,
    text            varchar(500) not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index appointments_notification_resident on appointments_notification (resident_id, created_at desc);

-- 24小时分诊: every triage with its input and reasoning, kept for review.
create table appointments_triage (
    id               bigserial    primary key,
    resident_id      bigint,
    username         varchar(64)  not null,
    unit_path        varchar(200) not null,
    text             varchar(500) not null,
    age_months       int,
    sex              varchar(6),
    temperature      numeric(3, 1),
    duration_days    int,
    outcome          varchar(12)  not null,
    red_flag         varchar(40),
    department_code  varchar(10),
    reasoning        text         not null,
    rules_version    varchar(20)  not null,
    created_at       timestamptz  not null
);
create index appointments_triage_day on appointments_triage (created_at);
