-- Population screening programmes (issue 21): one row per resident per programme round, and its transitions.
create table populationscreening_participant (
    id            bigserial primary key,
    programme     varchar(20) not null,
    round_key     varchar(10) not null,
    resident_id   bigint      not null,
    name          varchar(60) not null,
    sex           char(1)     not null,
    birth_date    date        not null,
    town_code     varchar(12) not null,
    unit_path     varchar(200) not null,
    state         varchar(20) not null,
    invited_on    date        not null,
    screened_on   date,
    findings      text        not null default '',
    fit1          boolean,
    fit2          boolean,
    reasons       text        not null default '',
    rule_note     text,
    referred_on   date,
    due_on        date,
    follow_up_on  date,
    outcome       varchar(30),
    note          varchar(300),
    updated_at    timestamptz not null,
    unique (programme, round_key, resident_id)
);
create index populationscreening_participant_scope on populationscreening_participant (programme, unit_path);
create index populationscreening_participant_resident on populationscreening_participant (resident_id);
create index populationscreening_participant_due on populationscreening_participant (state, due_on);

create table populationscreening_transition (
    id             bigserial primary key,
    participant_id bigint      not null references populationscreening_participant (id),
    from_state     varchar(20),
    to_state       varchar(20) not null,
    actor          varchar(60) not null,
    at             timestamptz not null,
    note           varchar(300)
);
create index populationscreening_transition_participant on populationscreening_transition (participant_id);
