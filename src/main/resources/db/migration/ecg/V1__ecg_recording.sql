-- Regional ECG network (issue 20): one row per uploaded 12-lead ECG with its pre-read, reading and call-back.
-- The uploaded HL7 aECG document is kept as received (the waveform of record); the viewer reads the leads from it.
create table ecg_recording (
    id                 bigserial primary key,
    resident_id        bigint       not null,
    station_unit_id    bigint       not null,
    station_unit_path  varchar(200) not null,
    station_name       varchar(200) not null,
    uploaded_by        varchar(64)  not null,
    uploaded_at        timestamptz  not null,
    acquired_at        timestamp,
    document_id        varchar(100),
    aecg               text         not null,
    sample_rate        double precision not null,
    duration_ms        integer      not null,
    derived_limb_leads boolean      not null,
    -- automatic pre-read (never final)
    heart_rate         integer      not null,
    rr_irregularity    double precision not null,
    qrs_ms             integer      not null,
    af_suspected       boolean      not null,
    stemi_suspected    boolean      not null,
    stemi_leads        varchar(100) not null,
    st_elevation       varchar(400) not null,
    priority           smallint     not null check (priority between 0 and 2),
    -- reading
    state              varchar(16)  not null check (state in ('QUEUED', 'CLAIMED', 'REPORTED')),
    claimed_by         varchar(64),
    claimed_by_name    varchar(100),
    claimed_at         timestamptz,
    rhythm             varchar(32),
    rate               integer,
    pr_ms              integer,
    qrs_report_ms      integer,
    qt_ms              integer,
    conclusion         varchar(1000),
    critical           boolean,
    reported_by        varchar(64),
    reported_by_name   varchar(100),
    reported_at        timestamptz,
    -- call-back of a critical report to the sending station
    callback_at        timestamptz,
    callback_confirmed_by varchar(64),
    callback_confirmed_at timestamptz
);

create index ecg_recording_queue on ecg_recording (state, priority, uploaded_at);
create index ecg_recording_station on ecg_recording (station_unit_path, uploaded_at desc);
create index ecg_recording_resident on ecg_recording (resident_id, uploaded_at desc);
