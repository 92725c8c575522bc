-- Public AED registry (issue 20). Access hours as text: '24h' or 'd HH:mm-HH:mm;...' (ISO weekday, half-open).
create table emergency_aed (
    id              bigserial primary key,
    town_code       varchar(12)      not null,
    lat             double precision not null check (lat between -90 and 90),
    lng             double precision not null check (lng between -180 and 180),
    building        varchar(200)     not null,
    building_type   varchar(32)      not null,
    floor           varchar(20)      not null,
    location        varchar(300)     not null,
    access_hours    varchar(400)     not null,
    owner           varchar(200)     not null,
    contact_phone   varchar(40)      not null,
    model           varchar(100)     not null,
    serial_number   varchar(60)      not null unique,
    pad_expiry      date             not null,
    battery_expiry  date             not null,
    last_inspection date,
    status          varchar(20)      not null check (status in ('IN_SERVICE', 'MAINTENANCE', 'RETIRED')),
    registered_at   timestamptz      not null
);

create index emergency_aed_town on emergency_aed (town_code);
