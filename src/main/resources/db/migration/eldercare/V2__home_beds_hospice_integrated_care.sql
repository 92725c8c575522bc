-- Family sickbeds (家庭病床), hospice (安宁疗护), integrated medical and elderly care plans (医养结合) and home
-- rehabilitation episodes (issue 21, second slice).

-- Admission criteria of a family sickbed as versioned data with their source: an admission names the version it met.
create table eldercare_home_bed_rule (
    version                     integer      primary key,
    valid_from                  date         not null,
    indications                 varchar(1000) not null,  -- '；'-separated admission indications (one must apply)
    requirements                varchar(1000) not null,  -- '；'-separated conditions every admission confirms
    max_period_days             integer      not null check (max_period_days > 0),
    doctor_visit_interval_days  integer      not null check (doctor_visit_interval_days > 0),
    source                      varchar(1000) not null,
    confirmed                   boolean      not null,
    note                        varchar(1000)
);

insert into eldercare_home_bed_rule values (
    1, date '2020-12-01',
    '长期卧床或行动不便、到医疗机构就诊确有困难；恶性肿瘤晚期需姑息治疗；脑卒中等疾病恢复期需连续治疗或康复；慢性病终末期或多病共存需连续医疗护理；出院后病情稳定仍需延续治疗；其他经医师评估适宜居家治疗',
    '病情适宜在家庭开展检查、治疗和护理；有固定照护人员且家庭环境具备居家医疗条件；居住在建床机构服务范围内；患者或家属知情同意并签署建床协议',
    90, 7,
    '国家卫生健康委2019年居家医疗服务试点及《关于加强老年人居家医疗服务工作的通知》（国卫办医发〔2020〕24号）所列家庭病床服务；浙江省及萧山区实施细则未取得原文',
    false,
    '建床周期90天、医师至少每周查床一次为常见做法，条文未核实：取得省、区卫健部门和医保部门原文后以新版本替换');

create table eldercare_home_bed (
    id                   bigserial    primary key,
    resident_id          bigint       not null,
    unit_path            varchar(200) not null,
    rule_version         integer      not null references eldercare_home_bed_rule (version),
    indication           varchar(200) not null,
    diagnosis            varchar(200) not null,
    doctor_staff_id      bigint       not null,
    doctor_name          varchar(64)  not null,
    caregiver            varchar(64)  not null,
    admitted_on          date         not null,
    planned_until        date         not null,
    visit_interval_days  integer      not null check (visit_interval_days > 0),
    next_visit_due       date         not null,
    last_visit_on        date,
    state                varchar(20)  not null,
    discharged_on        date,
    discharge_reason     varchar(30),
    discharge_note       varchar(300),
    admitted_by          varchar(64)  not null,
    recorded_at          timestamptz  not null
);
create unique index eldercare_home_bed_one_open on eldercare_home_bed (resident_id) where state = 'OPEN';
create index eldercare_home_bed_due on eldercare_home_bed (unit_path varchar_pattern_ops, state, next_visit_due);
create index eldercare_home_bed_resident on eldercare_home_bed (resident_id);

create table eldercare_home_bed_visit (
    id          bigserial    primary key,
    bed_id      bigint       not null references eldercare_home_bed (id),
    visited_on  date         not null,
    visitor     varchar(64)  not null,
    visit_kind  varchar(20)  not null,
    findings    varchar(500) not null,
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null
);
create index eldercare_home_bed_visit_bed on eldercare_home_bed_visit (bed_id, visited_on desc);

-- Hospice: designated wards (units of the org tree), patients from referral to bereavement follow-up.
create table eldercare_hospice_ward (
    unit_id       bigint       primary key,
    unit_path     varchar(200) not null,
    beds          integer      not null check (beds > 0),
    designated_on date         not null
);

create table eldercare_hospice_patient (
    id               bigserial    primary key,
    resident_id      bigint       not null,
    unit_path        varchar(200) not null,  -- the resident's managing unit
    ward_unit_id     bigint       not null references eldercare_hospice_ward (unit_id),
    ward_path        varchar(200) not null,
    state            varchar(20)  not null,
    diagnosis        varchar(200) not null,
    pps              integer      not null check (pps between 0 and 100 and pps % 10 = 0),
    referred_on      date         not null,
    referred_by      varchar(64)  not null,
    admitted_on      date,
    bed_no           varchar(20),
    declined_reason  varchar(300),
    ended_on         date,
    place_of_death   varchar(20),
    end_note         varchar(300),
    recorded_at      timestamptz  not null
);
create unique index eldercare_hospice_one_active on eldercare_hospice_patient (resident_id)
    where state in ('REFERRED', 'ADMITTED');
create unique index eldercare_hospice_bed_taken on eldercare_hospice_patient (ward_unit_id, bed_no)
    where state = 'ADMITTED';
create index eldercare_hospice_ward_state on eldercare_hospice_patient (ward_path varchar_pattern_ops, state);
create index eldercare_hospice_resident on eldercare_hospice_patient (resident_id);
create index eldercare_hospice_path on eldercare_hospice_patient (unit_path varchar_pattern_ops);

create table eldercare_hospice_score (
    id          bigserial    primary key,
    patient_id  bigint       not null references eldercare_hospice_patient (id),
    scored_on   date         not null,
    instrument  varchar(20)  not null,
    scores      smallint[]   not null,
    total       integer      not null,
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null
);
create index eldercare_hospice_score_patient on eldercare_hospice_score (patient_id, scored_on desc);

create table eldercare_bereavement (
    id          bigserial    primary key,
    patient_id  bigint       not null references eldercare_hospice_patient (id),
    due_on      date         not null,
    done_on     date,
    contact     varchar(64),
    note        varchar(300),
    done_by     varchar(64)
);
create index eldercare_bereavement_due on eldercare_bereavement (done_on, due_on);
create index eldercare_bereavement_patient on eldercare_bereavement (patient_id);

-- 医养结合: a care plan in one setting at a time (home, nursing home, hospital) with caregivers' service logs.
create table eldercare_care_plan (
    id              bigserial    primary key,
    resident_id     bigint       not null,
    unit_path       varchar(200) not null,
    setting         varchar(20)  not null,
    place           varchar(100) not null,
    goals           varchar(500) not null,
    services        varchar(500) not null,
    starts_on       date         not null,
    review_on       date         not null,
    state           varchar(20)  not null,
    closed_on       date,
    created_by      varchar(64)  not null,
    recorded_at     timestamptz  not null
);
create unique index eldercare_care_plan_one_active on eldercare_care_plan (resident_id) where state = 'ACTIVE';
create index eldercare_care_plan_path on eldercare_care_plan (unit_path varchar_pattern_ops, state);

create table eldercare_service_log (
    id          bigserial    primary key,
    plan_id     bigint       not null references eldercare_care_plan (id),
    served_on   date         not null,
    setting     varchar(20)  not null,
    caregiver   varchar(64)  not null,
    service     varchar(100) not null,
    minutes     integer      not null check (minutes between 1 and 1440),
    note        varchar(300) not null default '',
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null
);
create index eldercare_service_log_plan on eldercare_service_log (plan_id, served_on desc);

-- Home rehabilitation episodes: start, goals, sessions, end.
create table eldercare_rehab_episode (
    id                bigserial    primary key,
    resident_id       bigint       not null,
    unit_path         varchar(200) not null,
    condition         varchar(100) not null,
    goals             varchar(500) not null,
    therapist         varchar(64)  not null,
    planned_sessions  integer      not null check (planned_sessions between 1 and 200),
    started_on        date         not null,
    state             varchar(20)  not null,
    ended_on          date,
    outcome           varchar(20),
    end_note          varchar(300),
    created_by        varchar(64)  not null,
    recorded_at       timestamptz  not null
);
create unique index eldercare_rehab_one_active on eldercare_rehab_episode (resident_id) where state = 'ACTIVE';
create index eldercare_rehab_path on eldercare_rehab_episode (unit_path varchar_pattern_ops, state);

create table eldercare_rehab_session (
    id          bigserial    primary key,
    episode_id  bigint       not null references eldercare_rehab_episode (id),
    session_on  date         not null,
    therapist   varchar(64)  not null,
    content     varchar(300) not null,
    minutes     integer      not null check (minutes between 1 and 480),
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null
);
create index eldercare_rehab_session_episode on eldercare_rehab_session (episode_id, session_on desc);
