-- Critical ECG findings (issue 20): the call-back to the sending station and the alert to the chest-pain centre
-- (胸痛中心) of the station's medical community, with every step of both recorded.
create table ecg_chest_pain_alert (
    recording_id       bigint primary key references ecg_recording (id),
    finding            varchar(32)  not null check (finding in ('STEMI', 'VT_VF', 'COMPLETE_HEART_BLOCK')),
    resident_id        bigint       not null,
    station_unit_id    bigint       not null,
    station_name       varchar(200) not null,
    centre_code        varchar(64)  not null,
    centre_unit_id     bigint       not null,
    centre_unit_path   varchar(200) not null,
    centre_name        varchar(200) not null,
    conclusion         varchar(1000) not null,
    reported_by_name   varchar(100) not null,
    ecg_at             timestamptz  not null,
    notified_at        timestamptz  not null,
    acknowledged_at    timestamptz,
    arrived_at         timestamptz,
    treated_at         timestamptz
);

create index ecg_chest_pain_alert_centre on ecg_chest_pain_alert (centre_unit_path, notified_at desc);

create table ecg_callback_step (
    id           bigserial primary key,
    recording_id bigint       not null references ecg_recording (id),
    step         varchar(32)  not null,
    at           timestamptz  not null,
    by_username  varchar(64)  not null,
    by_name      varchar(100) not null,
    unique (recording_id, step)
);
