-- Home-device readings (blood pressure, glucose) uploaded by API, marked by source, confirmed by a clinician.
create table familydoctor_device_reading (
    id              bigserial primary key,
    resident_id     bigint       not null references familydoctor_person (resident_id),
    unit_path       varchar(200) collate "C" not null,
    kind            varchar(10)  not null check (kind in ('BP', 'GLUCOSE')),
    systolic        smallint,
    diastolic       smallint,
    heart_rate      smallint,
    glucose         numeric(4, 1),
    measured_at     timestamptz  not null,
    device_id       varchar(64)  not null,
    source          varchar(20)  not null check (source in ('DEVICE_BLUETOOTH', 'DEVICE_4G', 'SELF_REPORTED')),
    uploaded_by     varchar(50)  not null,
    uploaded_at     timestamptz  not null default now(),
    status          varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'REJECTED')),
    reviewed_by     varchar(50),
    reviewed_at     timestamptz,
    check ((kind = 'BP' and systolic is not null and diastolic is not null) or (kind = 'GLUCOSE' and glucose is not null))
);
create index familydoctor_device_pending on familydoctor_device_reading (unit_path, measured_at) where status = 'PENDING';

-- 老年人健康管理 annual check with the self-care score (老年人生活自理能力评估表).
create table familydoctor_elderly_check (
    id              bigserial primary key,
    resident_id     bigint       not null references familydoctor_person (resident_id),
    unit_path       varchar(200) collate "C" not null,
    check_date      date         not null,
    self_care_total smallint     not null check (self_care_total between 0 and 37),
    self_care_level varchar(20)  not null,
    recorded_by     varchar(50)  not null
);
create index familydoctor_elderly_check_resident on familydoctor_elderly_check (resident_id, check_date);

-- COPD-SQ screening, with the spirometry referral it leads to at 16 or more.
create table familydoctor_copd_screening (
    id                  bigserial primary key,
    resident_id         bigint       not null references familydoctor_person (resident_id),
    unit_path           varchar(200) collate "C" not null,
    screened_on         date         not null,
    score               smallint     not null,
    spirometry_referral boolean      not null,
    recorded_by         varchar(50)  not null
);
