-- 萧慧减 weight management (issue 22). Every table carries the resident's managing unit path, so every query is
-- limited to the reader's scope (docs/adr/0005) with an index.

-- The plan of an enrolled resident (one row per resident; renewing the plan updates it, enrolment date kept).
create table weight_plan (
    resident_id        bigint primary key,
    unit_path          varchar(200) collate "C" not null,
    town_code          varchar(9)   not null,
    sex                char(1)      not null check (sex in ('1', '2')),
    birth_date         date         not null,
    height_cm          numeric(4, 1) not null check (height_cm between 100 and 230),
    start_weight_kg    numeric(5, 1) not null check (start_weight_kg between 20 and 300),
    latest_weight_kg   numeric(5, 1) not null check (latest_weight_kg between 20 and 300),
    waist_cm           numeric(4, 1),
    activity           varchar(10)  not null,
    kind               varchar(10)  not null check (kind in ('LOSS', 'MAINTAIN', 'REFERRAL')),
    bmi                numeric(4, 1) not null,
    category           varchar(20),
    target_weight_kg   numeric(5, 1) not null,
    pace_kg_week       numeric(3, 1) not null,
    weeks              int          not null,
    daily_kcal         int          not null,
    deficit_kcal       int          not null,
    energy_target_kcal int          not null,
    floor_kcal         int          not null,
    notes              varchar(300) not null,
    insulin            boolean      not null default false,
    enrolled_on        date         not null,
    updated_on         date         not null,
    -- first weigh-in 12 weeks (84 days) or more after enrolment: the district's "change at 12 weeks"
    week12_weight_kg   numeric(5, 1)
);
create index weight_plan_scope on weight_plan (unit_path);
create index weight_plan_town on weight_plan (town_code);

create table weight_weighin (
    resident_id bigint       not null,
    day         date         not null,
    weight_kg   numeric(5, 1) not null check (weight_kg between 20 and 300),
    waist_cm    numeric(4, 1),
    primary key (resident_id, day)
);

create table weight_meal (
    id          bigserial primary key,
    resident_id bigint       not null,
    day         date         not null,
    meal        varchar(10)  not null check (meal in ('BREAKFAST', 'LUNCH', 'DINNER', 'SNACK')),
    food_code   varchar(10)  not null,
    grams       numeric(6, 1) not null check (grams > 0 and grams <= 2000),
    kcal        numeric(7, 1) not null,
    protein_g   numeric(6, 1) not null,
    fat_g       numeric(6, 1) not null,
    carb_g      numeric(6, 1) not null,
    created_at  timestamptz  not null
);
create index weight_meal_day on weight_meal (resident_id, day);

create table weight_exercise (
    id            bigserial primary key,
    resident_id   bigint      not null,
    day           date        not null,
    activity_code varchar(10) not null,
    minutes       int         not null check (minutes between 1 and 600),
    met           numeric(3, 1) not null,
    kcal          int         not null,
    created_at    timestamptz not null
);
create index weight_exercise_day on weight_exercise (resident_id, day);

create table weight_steps (
    resident_id bigint not null,
    day         date   not null,
    steps       int    not null check (steps between 0 and 100000),
    primary key (resident_id, day)
);

-- Red flags for the family doctor of the resident's station: open until handled; one open alert per flag.
create table weight_alert (
    id          bigserial primary key,
    resident_id bigint       not null,
    unit_path   varchar(200) collate "C" not null,
    flag        varchar(20)  not null,
    reason      varchar(300) not null,
    raised_on   date         not null,
    status      varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'HANDLED')),
    handled_by  varchar(50),
    handled_on  date
);
create unique index weight_alert_one_open on weight_alert (resident_id, flag) where status = 'OPEN';
create index weight_alert_scope on weight_alert (unit_path, status);
